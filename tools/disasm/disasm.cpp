// The disassembler: prints a loaded BeamFile the way the stock
// beam_disasm:file/1 returns it, one `~w`-formatted term per line.
//
// beam_disasm's output is not uniform: some operands are printed "raw" (as
// its decoder produced them: {u,N}, {i,N}, {z,1}, ...) and some "resolved"
// (u -> N, i -> {integer,N}); which is which is decided per instruction.
// The table in `instruction()` below records those facts, instruction by
// instruction, as read from OTP 25's compiler/src/beam_disasm.erl.
#include "tools/disasm/disasm.hpp"

#include <cstring>
#include <map>
#include <tuple>

#include "tools/disasm/beam_type_text.hpp"
#include "vm/atom_table.hpp"
#include "vm/float_format.hpp"
#include "vm/term_write.hpp"

namespace openbeam::disasm {
namespace {

using loader::AllocItem;
using loader::BeamFile;
using loader::GenericInstr;
using loader::GenOp;
using loader::OpKind;
using loader::Operand;
using vm::Term;

struct Unsupported {};  // beam_disasm itself would fail on this input

class Printer {
 public:
  explicit Printer(const BeamFile& bf) : bf_(bf) {}

  void atom(std::string& o, Term a) { vm::write_atom_io_lib(o, a); }

  double float_of(uint64_t bits) {
    double d;
    std::memcpy(&d, &bits, 8);
    return d;
  }

  // An operand as beam_disasm's decoder returns it.
  void raw(std::string& o, const Operand& op) {
    switch (op.kind) {
      case OpKind::U: o += "{u," + std::to_string(op.value) + "}"; return;
      case OpKind::I: o += "{i," + std::to_string(int64_t(op.value)) + "}"; return;
      case OpKind::BigInt: o += "{i," + vm::write_term(bf_.big_ints[op.value]) + "}"; return;
      case OpKind::Atom: o += "{atom,"; atom(o, Term(op.value)); o += "}"; return;
      case OpKind::Nil: o += "nil"; return;
      case OpKind::X: o += "{x," + std::to_string(op.value) + "}"; return;
      case OpKind::Y: o += "{y," + std::to_string(op.value) + "}"; return;
      case OpKind::Label: o += "{f," + std::to_string(op.value) + "}"; return;
      case OpKind::Char: o += "{h," + std::to_string(op.value) + "}"; return;
      case OpKind::Float: o += "{float," + vm::format_float_short(float_of(op.value)) + "}"; return;
      case OpKind::List: o += "{z,1}"; return;
      case OpKind::FR: o += "{fr," + std::to_string(op.value) + "}"; return;
      case OpKind::Alloc: o += "{u,"; alloc(o, op); o += "}"; return;
      case OpKind::Literal: {
        Term t = bf_.literals[op.value];
        if (vm::is_float(t)) {
          o += "{float," + vm::format_float_short(vm::float_value(t)) + "}";
        } else {
          o += "{literal,";
          vm::write_term(o, t);
          o += "}";
        }
        return;
      }
      case OpKind::TypedReg: {
        o += "{tr,{";
        o += op.reg_kind == OpKind::X ? "x," : "y,";
        o += std::to_string(op.value) + "},";
        const loader::BeamType& t = bf_.types[op.type_index];
        o += beam_type_text(t.bits, t.min, t.max);
        o += "}";
        return;
      }
    }
  }

  void alloc(std::string& o, const Operand& op) {
    static const char* kNames[] = {"words", "floats", "funs"};
    o += "{alloc,[";
    bool first = true;
    for (const AllocItem& it : bf_.alloc_lists[op.value]) {
      if (!first) o += ",";
      first = false;
      o += std::string("{") + kNames[it.kind] + "," + std::to_string(it.count) + "}";
    }
    o += "]}";
  }

  // resolve_arg/1: u -> N, i -> {integer,N}, the rest unchanged.
  void res(std::string& o, const Operand& op) {
    switch (op.kind) {
      case OpKind::U: o += std::to_string(op.value); return;
      case OpKind::I: o += "{integer," + std::to_string(int64_t(op.value)) + "}"; return;
      case OpKind::BigInt: o += "{integer," + vm::write_term(bf_.big_ints[op.value]) + "}"; return;
      case OpKind::Alloc: o += "{u,"; alloc(o, op); o += "}"; return;  // resolve_arg would crash
      case OpKind::List:
      case OpKind::Char: throw Unsupported{};
      default: raw(o, op); return;
    }
  }

  // An operand that beam_disasm matches as {u,N} and prints as N; an
  // allocation list there prints as {alloc,[...]}.
  void num(std::string& o, const Operand& op) {
    if (op.kind == OpKind::U) {
      o += std::to_string(op.value);
    } else if (op.kind == OpKind::Alloc) {
      alloc(o, op);
    } else {
      throw Unsupported{};
    }
  }

  const BeamFile& bf_;
};

// Operands of one instruction with beam_disasm's list grouping.
struct Args {
  const Operand* ops;
  uint32_t count;
  const Operand& operator[](uint32_t i) const {
    if (i >= count) throw Unsupported{};
    return ops[i];
  }
};

class Disassembler {
 public:
  explicit Disassembler(const BeamFile& bf) : bf_(bf), p_(bf) {}

  std::string run();

 private:
  std::string instruction(const GenericInstr& gi);
  void mfa_of_label(std::string& o, uint64_t label);
  void extfunc(std::string& o, uint64_t import);
  Term bif_name(uint64_t import);
  void list_of(std::string& o, const Args& a, uint32_t list_pos, bool resolved);
  void test(std::string& o, std::string_view name, const Args& a);
  void field_flags(std::string& o, const Operand& op) {
    o += "{field_flags,";
    p_.num(o, op);
    o += "}";
  }

  const BeamFile& bf_;
  Printer p_;
  std::map<uint64_t, std::tuple<Term, Term, uint64_t>> local_labels_;
};

void Disassembler::mfa_of_label(std::string& o, uint64_t label) {
  auto it = local_labels_.find(label);
  if (it == local_labels_.end()) throw Unsupported{};
  auto [m, f, a] = it->second;
  o += "{";
  p_.atom(o, m);
  o += ",";
  p_.atom(o, f);
  o += "," + std::to_string(a) + "}";
}

void Disassembler::extfunc(std::string& o, uint64_t import) {
  if (import >= bf_.imports.size()) throw Unsupported{};
  const loader::Import& imp = bf_.imports[import];
  o += "{extfunc,";
  p_.atom(o, imp.module);
  o += ",";
  p_.atom(o, imp.function);
  o += "," + std::to_string(imp.arity) + "}";
}

Term Disassembler::bif_name(uint64_t import) {
  if (import >= bf_.imports.size()) throw Unsupported{};
  return bf_.imports[import].function;
}

// `{list,[...]}` of the `n` operands after position `list_pos`.
void Disassembler::list_of(std::string& o, const Args& a, uint32_t list_pos, bool resolved) {
  const Operand& l = a[list_pos];
  if (l.kind != OpKind::List) throw Unsupported{};
  o += "{list,[";
  for (uint64_t i = 0; i < l.value; i++) {
    if (i) o += ",";
    if (resolved) {
      p_.res(o, a[list_pos + 1 + uint32_t(i)]);
    } else {
      p_.raw(o, a[list_pos + 1 + uint32_t(i)]);
    }
  }
  o += "]}";
}

// {test,Name,Fail,[resolved args...]}
void Disassembler::test(std::string& o, std::string_view name, const Args& a) {
  o += "{test,";
  o += name;
  o += ",";
  p_.res(o, a[0]);
  o += ",[";
  for (uint32_t i = 1; i < a.count; i++) {
    if (i > 1) o += ",";
    p_.res(o, a[i]);
  }
  o += "]}";
}

std::string Disassembler::instruction(const GenericInstr& gi) {
  Args a{bf_.ops(gi), gi.count};
  std::string o;
  // The instruction name as an atom ('try' and 'catch' need quotes).
  std::string name;
  vm::write_atom_io_lib(name, vm::atom(loader::kGenOps[unsigned(gi.op)].name));
  auto R = [&](uint32_t i) { p_.raw(o, a[i]); };
  auto S = [&](uint32_t i) { p_.res(o, a[i]); };
  auto N = [&](uint32_t i) { p_.num(o, a[i]); };
  auto c = [&](const char* s) { o += s; };
  auto open = [&] { o += "{"; o += name; o += ","; };

  switch (gi.op) {
    case GenOp::label: c("{label,"); N(0); c("}"); break;
    case GenOp::call: c("{call,"); N(0); c(","); mfa_of_label(o, a[1].value); c("}"); break;
    case GenOp::call_last:
      c("{call_last,"); N(0); c(","); mfa_of_label(o, a[1].value); c(","); N(2); c("}"); break;
    case GenOp::call_only: c("{call_only,"); N(0); c(","); mfa_of_label(o, a[1].value); c("}"); break;
    case GenOp::call_ext:
    case GenOp::call_ext_only:
      open(); N(0); c(","); extfunc(o, a[1].value); c("}"); break;
    case GenOp::call_ext_last:
      c("{call_ext_last,"); N(0); c(","); extfunc(o, a[1].value); c(","); N(2); c("}"); break;
    case GenOp::bif0:
      c("{bif,"); p_.atom(o, bif_name(a[0].value)); c(",nofail,[],"); S(1); c("}"); break;
    case GenOp::bif1:
      c("{bif,"); p_.atom(o, bif_name(a[1].value)); c(","); S(0); c(",["); S(2); c("],"); S(3); c("}");
      break;
    case GenOp::bif2:
      c("{bif,"); p_.atom(o, bif_name(a[1].value)); c(","); S(0); c(",["); S(2); c(","); S(3);
      c("],"); S(4); c("}");
      break;
    case GenOp::gc_bif1:
    case GenOp::gc_bif2:
    case GenOp::gc_bif3: {
      uint32_t nargs = a.count - 4;
      c("{gc_bif,"); p_.atom(o, bif_name(a[2].value)); c(","); S(0); c(","); S(1); c(",[");
      for (uint32_t i = 0; i < nargs; i++) {
        if (i) c(",");
        S(3 + i);
      }
      c("],"); S(3 + nargs); c("}");
      break;
    }
    case GenOp::allocate:
    case GenOp::allocate_zero:
    case GenOp::test_heap:
      open(); N(0); c(","); N(1); c("}"); break;
    case GenOp::allocate_heap:
    case GenOp::allocate_heap_zero:
      open(); N(0); c(","); N(1); c(","); N(2); c("}"); break;
    case GenOp::init:
    case GenOp::loop_rec_end:
    case GenOp::wait:
    case GenOp::jump:
    case GenOp::catch_end:
    case GenOp::try_end:
    case GenOp::try_case:
    case GenOp::recv_mark:
    case GenOp::recv_set:
    case GenOp::recv_marker_clear:
    case GenOp::recv_marker_reserve:
    case GenOp::recv_marker_use:
      open(); R(0); c("}"); break;
    case GenOp::deallocate:
    case GenOp::call_fun:
    case GenOp::apply:
      open(); N(0); c("}"); break;
    case GenOp::apply_last:
    case GenOp::trim:
      open(); N(0); c(","); N(1); c("}"); break;
    case GenOp::line: open(); S(0); c("}"); break;
    case GenOp::return_:
    case GenOp::send:
    case GenOp::remove_message:
    case GenOp::timeout:
    case GenOp::if_end:
    case GenOp::fclearerror:
    case GenOp::bs_init_writable:
    case GenOp::on_load:
    case GenOp::build_stacktrace:
    case GenOp::raw_raise:
    case GenOp::nif_start:
      o += name; break;
    case GenOp::loop_rec:
    case GenOp::catch_:
    case GenOp::try_:
    case GenOp::get_hd:
    case GenOp::get_tl:
    case GenOp::bs_set_position:
    case GenOp::recv_marker_bind:
      open(); R(0); c(","); R(1); c("}"); break;
    case GenOp::wait_timeout: open(); R(0); c(","); S(1); c("}"); break;
    case GenOp::is_lt: case GenOp::is_ge: case GenOp::is_eq: case GenOp::is_ne:
    case GenOp::is_eq_exact: case GenOp::is_ne_exact: case GenOp::is_integer:
    case GenOp::is_float: case GenOp::is_number: case GenOp::is_atom: case GenOp::is_pid:
    case GenOp::is_reference: case GenOp::is_port: case GenOp::is_nil: case GenOp::is_binary:
    case GenOp::is_list: case GenOp::is_nonempty_list: case GenOp::is_tuple:
    case GenOp::test_arity: case GenOp::is_tagged_tuple: case GenOp::is_function:
    case GenOp::is_boolean: case GenOp::is_function2: case GenOp::is_bitstr: case GenOp::is_map:
      test(o, name, a); break;
    case GenOp::select_val:
    case GenOp::select_tuple_arity:
      open(); R(0); c(","); R(1); c(","); list_of(o, a, 2, true); c("}"); break;
    case GenOp::move: c("{move,"); S(0); c(","); R(1); c("}"); break;
    case GenOp::get_list: open(); R(0); c(","); R(1); c(","); R(2); c("}"); break;
    case GenOp::get_tuple_element: open(); S(0); c(","); N(1); c(","); S(2); c("}"); break;
    case GenOp::set_tuple_element: open(); S(0); c(","); S(1); c(","); N(2); c("}"); break;
    case GenOp::put_list: open(); S(0); c(","); S(1); c(","); R(2); c("}"); break;
    case GenOp::put_tuple: open(); N(0); c(","); R(1); c("}"); break;
    case GenOp::put:
    case GenOp::badmatch:
    case GenOp::case_end:
    case GenOp::fcheckerror:
    case GenOp::try_case_end:
    case GenOp::bs_context_to_binary:
    case GenOp::badrecord:
      open(); S(0); c("}"); break;
    case GenOp::bs_put_integer:
    case GenOp::bs_put_binary:
    case GenOp::bs_put_float:
      open(); R(0); c(","); S(1); c(","); N(2); c(","); field_flags(o, a[3]); c(","); S(4); c("}");
      break;
    case GenOp::bs_put_string: {
      uint64_t len = a[0].value, off = a[1].value;
      if (a[0].kind != OpKind::U || a[1].kind != OpKind::U) throw Unsupported{};
      c("{bs_put_string,"); N(0); c(",{string,[");
      if (len > 0) {
        if (off + len > bf_.strings.size() || off + len < off) throw Unsupported{};
        for (uint64_t i = 0; i < len; i++) {
          if (i) c(",");
          o += std::to_string(bf_.strings[off + i]);
        }
      }
      c("]}}");
      break;
    }
    case GenOp::fmove:
    case GenOp::fconv:
    case GenOp::swap:
      open(); S(0); c(","); S(1); c("}"); break;
    case GenOp::fadd: case GenOp::fsub: case GenOp::fmul: case GenOp::fdiv:
      c("{arithfbif,"); o += name; c(","); S(0); c(",["); S(1); c(","); S(2); c("],"); S(3); c("}");
      break;
    case GenOp::fnegate:
      c("{arithfbif,fnegate,"); S(0); c(",["); S(1); c("],"); S(2); c("}"); break;
    case GenOp::raise: c("{raise,{f,0},["); R(0); c(","); R(1); c("],{x,0}}"); break;
    case GenOp::bs_init2:
    case GenOp::bs_init_bits:
      open(); R(0); c(","); S(1); c(","); N(2); c(","); N(3); c(","); field_flags(o, a[4]); c(",");
      S(5); c("}");
      break;
    case GenOp::bs_add:
      open(); R(0); c(",["); S(1); c(","); S(2); c(","); S(3); c("],"); S(4); c("}"); break;
    case GenOp::bs_start_match2:
      c("{test,bs_start_match2,"); R(0); c(",["); R(1); c(","); N(2); c(","); N(3); c(","); R(4);
      c("]}");
      break;
    case GenOp::bs_get_integer2:
    case GenOp::bs_get_binary2:
    case GenOp::bs_get_float2:
      c("{test,"); o += name; c(","); R(0); c(",["); R(1); c(","); N(2); c(","); S(3); c(",");
      N(4); c(","); field_flags(o, a[5]); c(","); S(6); c("]}");
      break;
    case GenOp::bs_skip_bits2:
      c("{test,bs_skip_bits2,"); R(0); c(",["); R(1); c(","); S(2); c(","); N(3); c(",");
      field_flags(o, a[4]); c("]}");
      break;
    case GenOp::bs_test_tail2:
    case GenOp::bs_test_unit:
      c("{test,"); o += name; c(","); R(0); c(",["); R(1); c(","); N(2); c("]}"); break;
    case GenOp::bs_save2:
    case GenOp::bs_restore2:
      open(); R(0); c(",");
      if (a[1].kind == OpKind::Atom) R(1); else N(1);
      c("}");
      break;
    case GenOp::bs_match_string: {
      if (a[2].kind != OpKind::U || a[3].kind != OpKind::U) throw Unsupported{};
      uint64_t bits = a[2].value, off = a[3].value, len = (bits + 7) / 8;
      c("{test,bs_match_string,"); R(0); c(",["); R(1); c(","); N(2); c(",<<");
      if (len > 0) {
        if (off + len > bf_.strings.size() || off + len < off) throw Unsupported{};
        for (uint64_t i = 0; i < len; i++) {
          if (i) c(",");
          o += std::to_string(bf_.strings[off + i]);
        }
      }
      c(">>]}");
      break;
    }
    case GenOp::bs_append:
      open(); R(0); c(","); S(1); c(","); N(2); c(","); N(3); c(","); N(4); c(","); S(5); c(",");
      field_flags(o, a[6]); c(","); S(7); c("}");
      break;
    case GenOp::bs_private_append:
      open(); R(0); c(","); S(1); c(","); N(2); c(","); S(3); c(","); field_flags(o, a[4]); c(",");
      S(5); c("}");
      break;
    case GenOp::bs_get_utf8:
    case GenOp::bs_get_utf16:
    case GenOp::bs_get_utf32:
      c("{test,"); o += name; c(","); R(0); c(",["); S(1); c(","); S(2); c(",");
      field_flags(o, a[3]); c(","); S(4); c("]}");
      break;
    case GenOp::bs_skip_utf8:
    case GenOp::bs_skip_utf16:
    case GenOp::bs_skip_utf32:
      c("{test,"); o += name; c(","); R(0); c(",["); S(1); c(","); S(2); c(",");
      field_flags(o, a[3]); c("]}");
      break;
    case GenOp::bs_utf8_size:
    case GenOp::bs_utf16_size:
      open(); R(0); c(","); S(1); c(","); S(2); c("}"); break;
    case GenOp::bs_put_utf8:
    case GenOp::bs_put_utf16:
    case GenOp::bs_put_utf32:
      open(); R(0); c(","); field_flags(o, a[1]); c(","); S(2); c("}"); break;
    case GenOp::put_map_assoc:
    case GenOp::put_map_exact:
      open(); R(0); c(","); R(1); c(","); R(2); c(","); N(3); c(","); list_of(o, a, 4, true); c("}");
      break;
    case GenOp::has_map_fields:
      c("{test,has_map_fields,"); R(0); c(","); R(1); c(","); list_of(o, a, 2, true); c("}"); break;
    case GenOp::get_map_elements:
      open(); R(0); c(","); R(1); c(","); list_of(o, a, 2, true); c("}"); break;
    case GenOp::put_tuple2: open(); R(0); c(","); list_of(o, a, 1, true); c("}"); break;
    case GenOp::init_yregs: open(); list_of(o, a, 0, true); c("}"); break;
    case GenOp::bs_start_match3:
    case GenOp::bs_start_match4:
      open(); R(0); c(","); R(1); c(","); R(2); c(","); R(3); c("}"); break;
    case GenOp::bs_get_tail:
    case GenOp::bs_get_position:
      open(); R(0); c(","); R(1); c(","); R(2); c("}"); break;
    case GenOp::bs_create_bin: {
      // Printed entirely raw: {bs_create_bin,[{A1,..,A5,{z,1},{u,N},[...]}]}
      c("{bs_create_bin,[{");
      for (uint32_t i = 0; i < 5; i++) {
        R(i);
        c(",");
      }
      const Operand& l = a[5];
      if (l.kind != OpKind::List) throw Unsupported{};
      o += "{z,1},{u," + std::to_string(l.value) + "},[";
      for (uint64_t i = 0; i < l.value; i++) {
        if (i) c(",");
        R(6 + uint32_t(i));
      }
      c("]}]}");
      break;
    }
    case GenOp::call_fun2: open(); R(0); c(","); N(1); c(","); R(2); c("}"); break;
    case GenOp::make_fun2: {
      uint64_t idx = a[0].value;
      if (a[0].kind != OpKind::U || idx >= bf_.lambdas.size()) throw Unsupported{};
      const loader::Lambda& l = bf_.lambdas[idx];
      c("{make_fun2,{"); p_.atom(o, bf_.module); c(","); p_.atom(o, l.function);
      o += "," + std::to_string(l.arity) + "}," + std::to_string(idx) + "," + std::to_string(l.old_uniq) +
           "," + std::to_string(l.num_free) + "}";
      break;
    }
    case GenOp::make_fun3: {
      uint64_t idx = a[0].value;
      if (a[0].kind != OpKind::U || idx >= bf_.lambdas.size()) throw Unsupported{};
      const loader::Lambda& l = bf_.lambdas[idx];
      c("{make_fun3,{"); p_.atom(o, bf_.module); c(","); p_.atom(o, l.function);
      o += "," + std::to_string(l.arity) + "}," + std::to_string(idx) + "," + std::to_string(l.old_uniq) + ",";
      R(1); c(","); list_of(o, a, 2, true); c("}");
      break;
    }
    default:
      // Instructions beam_disasm (OTP 25) cannot resolve: m_plus, put_string,
      // bs_start_match, ... — it fails on the whole file, and so do we.
      throw Unsupported{};
  }
  return o;
}

// beam_disasm splits the instruction stream into functions: the labels and
// `line`s before each func_info belong to that function. Quirk reproduced:
// for every function but the first, those leading instructions come out in
// reverse order.
std::string Disassembler::run() {
  const auto& code = bf_.code;
  size_t n = code.size();
  if (n && code[n - 1].op == GenOp::int_code_end) n--;
  auto is_prefix = [&](size_t i) { return code[i].op == GenOp::label || code[i].op == GenOp::line; };

  struct Fn {
    size_t prefix_begin, func_info, end;  // [prefix_begin, func_info) prefix; body to end
  };
  std::vector<Fn> fns;
  size_t i = 0;
  while (i < n) {
    size_t begin = i;
    while (i < n && is_prefix(i)) i++;
    if (i == n) {
      if (begin == 0 && fns.empty()) throw Unsupported{};  // no func_info at all
      break;
    }
    if (code[i].op != GenOp::func_info) throw Unsupported{};
    size_t fi = i++;
    // The body runs to the next func_info, minus the labels/lines before it.
    size_t j = i;
    while (j < n && code[j].op != GenOp::func_info) j++;
    size_t end = j;
    if (j < n) {
      while (end > i && is_prefix(end - 1)) end--;
    }
    fns.push_back(Fn{begin, fi, end});
    i = end;
  }
  if (fns.empty()) throw Unsupported{};

  // Local labels: each label right after a func_info names that function.
  for (const Fn& f : fns) {
    Args fa{bf_.ops(code[f.func_info]), code[f.func_info].count};
    if (fa[0].kind != OpKind::Atom || fa[1].kind != OpKind::Atom) throw Unsupported{};
    if (fa[2].kind != OpKind::U) throw Unsupported{};
    for (size_t k = f.func_info + 1; k < f.end && code[k].op == GenOp::label; k++) {
      local_labels_[bf_.ops(code[k])[0].value] = {Term(fa[0].value), Term(fa[1].value), fa[2].value};
    }
  }

  std::string out;
  for (size_t fi = 0; fi < fns.size(); fi++) {
    const Fn& f = fns[fi];
    const GenericInstr& info = code[f.func_info];
    Args fa{bf_.ops(info), info.count};
    if (f.func_info + 1 >= f.end || code[f.func_info + 1].op != GenOp::label) throw Unsupported{};
    uint64_t entry = bf_.ops(code[f.func_info + 1])[0].value;
    out += "{function,";
    p_.atom(out, Term(fa[1].value));
    out += "," + std::to_string(fa[2].value) + "," + std::to_string(entry) + "}\n";
    if (fi == 0) {
      for (size_t k = f.prefix_begin; k < f.func_info; k++) out += instruction(code[k]) + "\n";
    } else {
      for (size_t k = f.func_info; k > f.prefix_begin; k--) out += instruction(code[k - 1]) + "\n";
    }
    out += "{func_info,";
    p_.raw(out, fa[0]);
    out += ",";
    p_.raw(out, fa[1]);
    out += "," + std::to_string(fa[2].value) + "}\n";
    for (size_t k = f.func_info + 1; k < f.end; k++) out += instruction(code[k]) + "\n";
  }
  return out;
}

}  // namespace

std::optional<std::string> disassemble(const loader::BeamFile& bf) {
  try {
    Disassembler d(bf);
    return d.run();
  } catch (const Unsupported&) {
    return std::nullopt;
  }
}

}  // namespace openbeam::disasm
