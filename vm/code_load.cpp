// Loading: generic instructions (loader::BeamFile) -> threaded code (Module).
//
// Each generic instruction becomes one specific instruction (vm/instrs.def)
// with operands encoded once: registers as register operands, constants as
// ready terms (literals stay in the module's arena), labels as addresses
// (patched after all code is emitted, since the vector grows while
// emitting), imports as export entries. Instructions this VM does not run
// yet load as `unsupported`, which raises a clear error if executed.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>

#include "loader/beam_file.hpp"
#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/code.hpp"
#include "vm/bits.hpp"
#include "vm/exceptions.hpp"
#include "vm/fun_table.hpp"
#include "vm/interp.hpp"
#include "vm/number.hpp"

namespace openbeam::vm {

using loader::GenOp;
using loader::OpKind;
using loader::Operand;

namespace {

struct Fixup {
  size_t at;      // code index of the operand word
  uint64_t label; // label number
};

class Emitter {
 public:
  Emitter(loader::BeamFile& bf, Module& m) : bf_(bf), m_(m), label_pos_(bf.code_header.label_count, SIZE_MAX) {}

  bool run(std::string* error);

 private:
  std::vector<Word>& code() { return m_.code; }
  void op(Instr i) { code().push_back(reinterpret_cast<Word>(instr_handler(i))); }
  void word(Word w) { code().push_back(w); }
  void term(Term t) { code().push_back(t.raw()); }

  Term constant(const Operand& o) {
    switch (o.kind) {
      case OpKind::I: {
        int64_t v = int64_t(o.value);
        if (fits_small(v)) return make_small(v);
        size_t used;
        Word* hp = m_.literals->alloc(bignum_words(1));
        return integer_from_int64(hp, v, &used);
      }
      case OpKind::BigInt: return bf_.big_ints[o.value];
      case OpKind::Atom: return Term(o.value);
      case OpKind::Nil: return make_nil();
      case OpKind::Literal: return bf_.literals[o.value];
      case OpKind::Char: return make_small(int64_t(o.value));
      case OpKind::U: return make_small(int64_t(o.value));
      case OpKind::Float: {
        double d;
        std::memcpy(&d, &o.value, sizeof d);
        return make_float(*m_.literals, d);
      }
      default: throw std::string("operand is not a constant");
    }
  }
  void src(const Operand& o) {
    switch (o.kind) {
      case OpKind::X: word(xreg_operand(unsigned(o.value))); return;
      case OpKind::Y: word(yreg_operand(unsigned(o.value))); return;
      case OpKind::TypedReg:
        word(o.reg_kind == OpKind::X ? xreg_operand(unsigned(o.value)) : yreg_operand(unsigned(o.value)));
        return;
      default: term(constant(o)); return;
    }
  }
  void dst(const Operand& o) {
    if (o.kind == OpKind::X) return word(xreg_operand(unsigned(o.value)));
    if (o.kind == OpKind::Y) return word(yreg_operand(unsigned(o.value)));
    if (o.kind == OpKind::TypedReg) return src(o);
    throw std::string("destination is not a register");
  }
  void label(const Operand& o) {
    if (o.kind != OpKind::Label) throw std::string("expected a label");
    if (o.value == 0) return word(0);  // no fail label
    fixups_.push_back({code().size(), o.value});
    word(0);
  }
  Word u(const Operand& o) {
    if (o.kind != OpKind::U) throw std::string("expected an unsigned operand");
    return o.value;
  }
  Word fr(const Operand& o) {
    if (o.kind != OpKind::FR) throw std::string("expected a float register");
    return o.value;
  }
  ExportEntry* import(const Operand& o) {
    uint64_t i = u(o);
    if (i >= bf_.imports.size()) throw std::string("import index out of range");
    const loader::Import& imp = bf_.imports[i];
    return export_entry(imp.module, imp.function, imp.arity);
  }
  Word heap_words(const Operand& o) {
    if (o.kind == OpKind::U) return o.value;
    if (o.kind != OpKind::Alloc) throw std::string("bad heap size operand");
    Word w = 0;
    for (const loader::AllocItem& it : bf_.alloc_lists[o.value]) {
      w += it.kind == 0 ? it.count : it.kind == 1 ? it.count * 2 : it.count * 16;
    }
    return w;
  }
  // ---- operand-specialised variants (vm/interp_specialised.inc) ----------
  // 'x' / 'y' register, 'c' small-integer literal, 'k' other constant.
  char shape(const Operand& o) const {
    OpKind k = o.kind == OpKind::TypedReg ? o.reg_kind : o.kind;
    if (k == OpKind::X) return 'x';
    if (k == OpKind::Y) return 'y';
    if (o.kind == OpKind::I && fits_small(int64_t(o.value))) return 'c';
    return 'k';
  }
  // Writes a specialised operand: a register index or the constant itself.
  void spec_operand(const Operand& o) {
    char sh = shape(o);
    if (sh == 'x' || sh == 'y') word(o.value);
    else term(constant(o));
  }
  bool specialised_arith(std::string_view f, const Operand* a);
  bool specialised_compare(GenOp g, const Operand* a);
  void unsupported(GenOp g) {
    op(Instr::unsupported);
    word(Word(g));
  }
  void emit(const loader::GenericInstr& gi);

  loader::BeamFile& bf_;
  Module& m_;
  std::vector<size_t> label_pos_;
  std::vector<Fixup> fixups_;
  std::vector<Fixup> catch_fixups_;  // operand word gets a catch marker
  std::vector<std::pair<size_t, uint64_t>> fun_fixups_;  // FunEntry address
};

// gc_bif2 Fail Bif Live A B Dst with the BIF erlang:F: a variant whose
// operands need no decoding, when the shapes have one (errors: see
// gc_bif2 below; X + Int and X - Int carry no BIF frame, as in ERTS).
bool Emitter::specialised_arith(std::string_view f, const Operand* a) {
  struct Variant {
    std::string_view f;
    const char* shapes;
    Instr ins;
    bool swap;  // operands exchanged (Int + X, no frame: order is invisible)
  };
  static const Variant kVariants[] = {
      {"+", "xx", Instr::i_plus_xx, false},       {"+", "xy", Instr::i_plus_xy, false},
      {"+", "yx", Instr::i_plus_yx, false},       {"+", "yy", Instr::i_plus_yy, false},
      {"+", "xc", Instr::i_plus_nf_xc, false},    {"+", "yc", Instr::i_plus_nf_yc, false},
      {"+", "cx", Instr::i_plus_nf_xc, true},     {"+", "cy", Instr::i_plus_nf_yc, true},
      {"-", "xx", Instr::i_minus_xx, false},      {"-", "xy", Instr::i_minus_xy, false},
      {"-", "yx", Instr::i_minus_yx, false},      {"-", "yy", Instr::i_minus_yy, false},
      {"-", "xc", Instr::i_minus_nf_xc, false},   {"-", "yc", Instr::i_minus_nf_yc, false},
      {"*", "xx", Instr::i_times_xx, false},      {"*", "xy", Instr::i_times_xy, false},
      {"*", "yx", Instr::i_times_yx, false},      {"*", "yy", Instr::i_times_yy, false},
      {"*", "xc", Instr::i_times_xc, false},      {"*", "yc", Instr::i_times_yc, false},
      {"rem", "xx", Instr::i_rem_xx, false},      {"rem", "xc", Instr::i_rem_xc, false},
      {"rem", "yc", Instr::i_rem_yc, false},      {"div", "xx", Instr::i_div_xx, false},
      {"div", "xc", Instr::i_div_xc, false},      {"div", "yc", Instr::i_div_yc, false},
      {"band", "xc", Instr::i_band_xc, false},
  };
  if (shape(a[5]) != 'x') return false;
  char sa = shape(a[3]), sb = shape(a[4]);
  for (const Variant& v : kVariants) {
    if (v.f != f || v.shapes[0] != sa || v.shapes[1] != sb) continue;
    op(v.ins);
    label(a[0]);
    word(Word(import(a[2])));
    spec_operand(a[v.swap ? 4 : 3]);
    spec_operand(a[v.swap ? 3 : 4]);
    word(a[5].value);
    return true;
  }
  return false;
}

// is_lt / is_ge with register or constant operands; is_eq_exact /
// is_ne_exact of a register with an immediate constant.
bool Emitter::specialised_compare(GenOp g, const Operand* a) {
  char sa = shape(a[1]), sb = shape(a[2]);
  auto reg = [](char c) { return c == 'x' || c == 'y'; };
  if (g == GenOp::is_lt || g == GenOp::is_ge) {
    if (!reg(sa) && !reg(sb)) return false;
    // Index: first operand x/y/c(onstant) * 3 + second.
    auto idx = [&](char c) { return c == 'x' ? 0 : c == 'y' ? 1 : 2; };
    static const Instr kLt[9] = {Instr::is_lt_xx, Instr::is_lt_xy, Instr::is_lt_xc, Instr::is_lt_yx, Instr::is_lt_yy,
                                 Instr::is_lt_yc, Instr::is_lt_cx, Instr::is_lt_cy, Instr::is_lt_xx};
    static const Instr kGe[9] = {Instr::is_ge_xx, Instr::is_ge_xy, Instr::is_ge_xc, Instr::is_ge_yx, Instr::is_ge_yy,
                                 Instr::is_ge_yc, Instr::is_ge_cx, Instr::is_ge_cy, Instr::is_ge_xx};
    op((g == GenOp::is_lt ? kLt : kGe)[idx(sa) * 3 + idx(sb)]);
    label(a[0]);
    spec_operand(a[1]);
    spec_operand(a[2]);
    return true;
  }
  if (g != GenOp::is_eq_exact && g != GenOp::is_ne_exact) return false;
  const Operand* r = &a[1];
  const Operand* c = &a[2];
  if (!reg(shape(*r))) std::swap(r, c);  // =:= is symmetric
  if (!reg(shape(*r)) || reg(shape(*c))) return false;
  if (c->kind != OpKind::Atom && c->kind != OpKind::Nil && shape(*c) != 'c') return false;
  bool x = shape(*r) == 'x';
  if (g == GenOp::is_eq_exact) op(x ? Instr::is_eq_exact_xi : Instr::is_eq_exact_yi);
  else op(x ? Instr::is_ne_exact_xi : Instr::is_ne_exact_yi);
  label(a[0]);
  word(r->value);
  term(constant(*c));
  return true;
}

void Emitter::emit(const loader::GenericInstr& gi) {
  const Operand* a = bf_.ops(gi);
  auto list_len = [&](unsigned i) -> uint64_t {
    if (a[i].kind != OpKind::List) throw std::string("expected a list operand");
    return a[i].value;
  };
  switch (gi.op) {
    case GenOp::label:
      label_pos_[a[0].value] = code().size();
      return;
    case GenOp::line: {
      uint64_t item = a[0].value;
      if (bf_.lines.present && item < bf_.lines.items.size()) {
        const loader::LineItem& li = bf_.lines.items[item];
        m_.lines.push_back(LineEntry{code().size(), li.name_index, li.line});
      }
      return;
    }
    case GenOp::func_info: {
      if (!m_.functions.empty()) m_.functions.back().end = code().size();
      m_.functions.push_back(FunctionInfo{Term(a[1].value), uint32_t(a[2].value), code().size(), 0});
      op(Instr::func_info);
      term(Term(a[0].value));
      term(Term(a[1].value));
      word(a[2].value);
      return;
    }
    case GenOp::int_code_end: return;
    case GenOp::call: op(Instr::call); label(a[1]); return;
    case GenOp::call_last: op(Instr::call_last); label(a[1]); word(u(a[2])); return;
    case GenOp::call_only: op(Instr::call_only); label(a[1]); return;
    case GenOp::call_ext:
    case GenOp::call_ext_last:
    case GenOp::call_ext_only: {
      ExportEntry* e = import(a[1]);
      bool native = e->bif != nullptr;
      if (e->address == e->stub && !e->bif) {  // erlang:apply/2,3
        op(Instr::call_apply);
        word(e->arity);
        word(gi.op == GenOp::call_ext ? 0 : gi.op == GenOp::call_ext_only ? 1 : 2);
        word(Word(e));
        word(gi.op == GenOp::call_ext_last ? u(a[2]) : 0);
        return;
      }
      if (gi.op == GenOp::call_ext) {
        op(native ? Instr::call_bif : Instr::call_ext);
        word(Word(e));
      } else if (gi.op == GenOp::call_ext_only) {
        op(native ? Instr::call_bif_only : Instr::call_ext_only);
        word(Word(e));
      } else {
        op(native ? Instr::call_bif_last : Instr::call_ext_last);
        word(Word(e));
        word(u(a[2]));
      }
      return;
    }
    case GenOp::bif0: op(Instr::bif0); word(Word(import(a[0]))); dst(a[1]); return;
    case GenOp::bif1: op(Instr::bif1); label(a[0]); word(Word(import(a[1]))); src(a[2]); dst(a[3]); return;
    case GenOp::bif2:
      op(Instr::bif2); label(a[0]); word(Word(import(a[1]))); src(a[2]); src(a[3]); dst(a[4]);
      return;
    case GenOp::gc_bif1: op(Instr::bif1); label(a[0]); word(Word(import(a[2]))); src(a[3]); dst(a[4]); return;
    case GenOp::gc_bif2: {
      // ERTS turns X + Int and X - Int (Int a small literal) into an
      // increment instruction whose errors show no erlang:'+' frame.
      ExportEntry* e = import(a[2]);
      std::string_view f = atom_text(e->function);
      auto small_lit = [](const Operand& o) { return o.kind == OpKind::I && fits_small(int64_t(o.value)); };
      auto reg = [](const Operand& o) {
        return o.kind == OpKind::X || o.kind == OpKind::Y || o.kind == OpKind::TypedReg;
      };
      bool incr = e->module == atoms::am_erlang &&
                  ((f == "+" && ((reg(a[3]) && small_lit(a[4])) || (small_lit(a[3]) && reg(a[4])))) ||
                   (f == "-" && reg(a[3]) && small_lit(a[4])));
      if (e->module == atoms::am_erlang && specialised_arith(f, a)) return;
      Instr ins = incr ? Instr::bif2_noframe : Instr::bif2;
      if (e->module == atoms::am_erlang) {
        if (f == "+") ins = incr ? Instr::i_plus_noframe : Instr::i_plus;
        else if (f == "-") ins = incr ? Instr::i_minus_noframe : Instr::i_minus;
        else if (f == "*") ins = Instr::i_times;
      }
      op(ins);
      label(a[0]); word(Word(e)); src(a[3]); src(a[4]); dst(a[5]);
      return;
    }
    case GenOp::gc_bif3:
      op(Instr::bif3); label(a[0]); word(Word(import(a[2]))); src(a[3]); src(a[4]); src(a[5]); dst(a[6]);
      return;
    case GenOp::allocate:
    case GenOp::allocate_zero:
      op(Instr::allocate); word(u(a[0])); word(0); word(u(a[1]));
      return;
    case GenOp::allocate_heap:
    case GenOp::allocate_heap_zero:
      op(Instr::allocate); word(u(a[0])); word(heap_words(a[1])); word(u(a[2]));
      return;
    case GenOp::test_heap: op(Instr::test_heap); word(heap_words(a[0])); word(u(a[1])); return;
    case GenOp::init: op(Instr::init_yregs); word(1); dst(a[0]); return;
    case GenOp::init_yregs: {
      uint64_t n = list_len(0);
      op(Instr::init_yregs);
      word(n);
      for (uint64_t i = 0; i < n; i++) dst(a[1 + i]);
      return;
    }
    case GenOp::deallocate: op(Instr::deallocate); word(u(a[0])); return;
    case GenOp::return_: op(Instr::return_); return;
    case GenOp::move: {
      auto reg = [](const Operand& o, OpKind k) {
        return o.kind == k || (o.kind == OpKind::TypedReg && o.reg_kind == k);
      };
      bool sx = reg(a[0], OpKind::X), sy = reg(a[0], OpKind::Y);
      bool dx = reg(a[1], OpKind::X), dy = reg(a[1], OpKind::Y);
      bool sc = !sx && !sy;
      if (sx && dx) { op(Instr::move_xx); word(a[0].value); word(a[1].value); return; }
      if (sx && dy) { op(Instr::move_xy); word(a[0].value); word(a[1].value); return; }
      if (sy && dx) { op(Instr::move_yx); word(a[0].value); word(a[1].value); return; }
      if (sc && dx) { op(Instr::move_cx); term(constant(a[0])); word(a[1].value); return; }
      op(Instr::move); src(a[0]); dst(a[1]);
      return;
    }
    case GenOp::get_list: op(Instr::get_list); src(a[0]); dst(a[1]); dst(a[2]); return;
    case GenOp::get_hd: op(Instr::get_hd); src(a[0]); dst(a[1]); return;
    case GenOp::get_tl: op(Instr::get_tl); src(a[0]); dst(a[1]); return;
    case GenOp::get_tuple_element: op(Instr::get_tuple_element); src(a[0]); word(u(a[1])); dst(a[2]); return;
    case GenOp::set_tuple_element: op(Instr::set_tuple_element); src(a[0]); src(a[1]); word(u(a[2])); return;
    case GenOp::put_list: op(Instr::put_list); src(a[0]); src(a[1]); dst(a[2]); return;
    case GenOp::put_tuple2: {
      uint64_t n = list_len(1);
      op(Instr::put_tuple2);
      dst(a[0]);
      word(n);
      for (uint64_t i = 0; i < n; i++) src(a[2 + i]);
      return;
    }
#define TEST1(g)                  \
  case GenOp::g:                  \
    op(Instr::g);                 \
    label(a[0]);                  \
    src(a[1]);                    \
    return;
      TEST1(is_integer) TEST1(is_float) TEST1(is_number) TEST1(is_atom) TEST1(is_pid)
      TEST1(is_reference) TEST1(is_port) TEST1(is_nil) TEST1(is_binary) TEST1(is_bitstr)
      TEST1(is_list) TEST1(is_nonempty_list) TEST1(is_tuple) TEST1(is_function)
      TEST1(is_boolean) TEST1(is_map)
#undef TEST1
#define TEST2(g)                  \
  case GenOp::g:                  \
    if (specialised_compare(gi.op, a)) return; \
    op(Instr::g);                 \
    label(a[0]);                  \
    src(a[1]);                    \
    src(a[2]);                    \
    return;
      TEST2(is_lt) TEST2(is_ge) TEST2(is_eq) TEST2(is_ne) TEST2(is_eq_exact) TEST2(is_ne_exact)
      TEST2(is_function2)
#undef TEST2
    case GenOp::test_arity: op(Instr::test_arity); label(a[0]); src(a[1]); word(u(a[2])); return;
    case GenOp::is_tagged_tuple:
      op(Instr::is_tagged_tuple); label(a[0]); src(a[1]); word(u(a[2])); term(constant(a[3]));
      return;
    case GenOp::select_val: {
      uint64_t n = list_len(2) / 2;
      std::vector<std::pair<Word, const Operand*>> pairs;
      for (uint64_t i = 0; i < n; i++) pairs.push_back({constant(a[3 + 2 * i]).raw(), &a[4 + 2 * i]});
      std::sort(pairs.begin(), pairs.end(), [](auto& x, auto& y) { return x.first < y.first; });
      op(Instr::select_val);
      src(a[0]);
      label(a[1]);
      word(n);
      for (auto& pr : pairs) {
        word(pr.first);
        label(*pr.second);
      }
      return;
    }
    case GenOp::select_tuple_arity: {
      uint64_t n = list_len(2) / 2;
      op(Instr::select_tuple_arity);
      src(a[0]);
      label(a[1]);
      word(n);
      for (uint64_t i = 0; i < n; i++) {
        word(u(a[3 + 2 * i]));
        label(a[4 + 2 * i]);
      }
      return;
    }
    case GenOp::jump: op(Instr::jump); label(a[0]); return;
    case GenOp::catch_:
    case GenOp::try_:
      op(Instr::catch_);
      dst(a[0]);
      catch_fixups_.push_back({code().size(), a[1].value});
      word(0);
      return;
    case GenOp::catch_end: op(Instr::catch_end); dst(a[0]); return;
    case GenOp::try_end: op(Instr::try_end); dst(a[0]); return;
    case GenOp::try_case: op(Instr::try_case); dst(a[0]); return;
    case GenOp::try_case_end: op(Instr::try_case_end); src(a[0]); return;
    case GenOp::raise: op(Instr::raise); src(a[0]); src(a[1]); return;
    case GenOp::build_stacktrace: op(Instr::build_stacktrace); return;
    case GenOp::raw_raise: op(Instr::raw_raise); return;
    case GenOp::badmatch: op(Instr::badmatch); src(a[0]); return;
    case GenOp::case_end: op(Instr::case_end); src(a[0]); return;
    case GenOp::badrecord: op(Instr::badrecord); src(a[0]); return;
    case GenOp::if_end: op(Instr::if_end); return;
    case GenOp::call_fun: op(Instr::call_fun); word(u(a[0])); return;
    case GenOp::call_fun2: op(Instr::call_fun2); word(u(a[1])); src(a[2]); return;
    case GenOp::apply: op(Instr::apply); word(u(a[0])); return;
    case GenOp::apply_last: op(Instr::apply_last); word(u(a[0])); word(u(a[1])); return;
    case GenOp::make_fun2: {
      uint64_t idx = u(a[0]);
      if (idx >= m_.funs.size()) throw std::string("fun index out of range");
      uint32_t nfree = m_.funs[idx]->num_free;
      op(Instr::make_fun3);
      word(Word(m_.funs[idx].get()));
      word(xreg_operand(0));
      word(nfree);
      for (uint32_t i = 0; i < nfree; i++) word(xreg_operand(i));
      return;
    }
    case GenOp::make_fun3: {
      uint64_t idx = u(a[0]);
      if (idx >= m_.funs.size()) throw std::string("fun index out of range");
      uint64_t n = list_len(2);
      if (n != m_.funs[idx]->num_free) throw std::string("make_fun3: environment size does not match FunT");
      op(Instr::make_fun3);
      word(Word(m_.funs[idx].get()));
      dst(a[1]);
      word(n);
      for (uint64_t i = 0; i < n; i++) src(a[3 + i]);
      return;
    }
    case GenOp::put_map_assoc:
    case GenOp::put_map_exact: {
      uint64_t n = list_len(4);
      op(gi.op == GenOp::put_map_assoc ? Instr::put_map_assoc : Instr::put_map_exact);
      label(a[0]);
      src(a[1]);
      dst(a[2]);
      word(u(a[3]));  // live x registers
      word(n);
      for (uint64_t i = 0; i < n; i++) src(a[5 + i]);
      return;
    }
    case GenOp::get_map_elements: {
      uint64_t n = list_len(2);
      // The interpreter looks all keys up before storing (a bounded buffer).
      if (n > 512 || n % 2) throw std::string("get_map_elements: bad key list");
      op(Instr::get_map_elements);
      label(a[0]);
      src(a[1]);
      word(n);
      for (uint64_t i = 0; i < n; i += 2) {
        src(a[3 + i]);
        dst(a[4 + i]);
      }
      return;
    }
    case GenOp::has_map_fields: {
      uint64_t n = list_len(2);
      op(Instr::has_map_fields);
      label(a[0]);
      src(a[1]);
      word(n);
      for (uint64_t i = 0; i < n; i++) src(a[3 + i]);
      return;
    }
    case GenOp::fclearerror: op(Instr::fclearerror); return;
    case GenOp::fcheckerror: op(Instr::fcheckerror); label(a[0]); return;
    case GenOp::fmove:
      if (a[0].kind == OpKind::FR && a[1].kind == OpKind::FR) {
        op(Instr::fmove_fr); word(a[0].value); word(a[1].value);
      } else if (a[0].kind == OpKind::FR) {
        op(Instr::fmove_from_fr); word(a[0].value); dst(a[1]);
      } else {
        op(Instr::fmove_to_fr); src(a[0]); word(fr(a[1]));
      }
      return;
    case GenOp::fconv: op(Instr::fconv); src(a[0]); word(fr(a[1])); return;
    case GenOp::fadd:
    case GenOp::fsub:
    case GenOp::fmul:
    case GenOp::fdiv:
      op(gi.op == GenOp::fadd ? Instr::fadd : gi.op == GenOp::fsub ? Instr::fsub
         : gi.op == GenOp::fmul ? Instr::fmul : Instr::fdiv);
      label(a[0]); word(fr(a[1])); word(fr(a[2])); word(fr(a[3]));
      return;
    case GenOp::fnegate: op(Instr::fnegate); label(a[0]); word(fr(a[1])); word(fr(a[2])); return;
    case GenOp::bs_start_match3:  // Fail Bin Live Dst
      op(Instr::bs_start_match); label(a[0]); src(a[1]); dst(a[3]); return;
    case GenOp::bs_start_match4:  // Fail Live Src Dst; Fail may be no_fail/resume
      op(Instr::bs_start_match);
      if (a[0].kind == OpKind::Label) label(a[0]); else word(0);
      src(a[2]); dst(a[3]);
      return;
    case GenOp::bs_get_position: op(Instr::bs_get_position); src(a[0]); dst(a[1]); return;
    case GenOp::bs_set_position: op(Instr::bs_set_position); src(a[0]); src(a[1]); return;
    case GenOp::bs_get_tail: op(Instr::bs_get_tail); src(a[0]); dst(a[1]); return;
    case GenOp::bs_test_tail2: op(Instr::bs_test_tail); label(a[0]); src(a[1]); word(u(a[2])); return;
    case GenOp::bs_test_unit: op(Instr::bs_test_unit); label(a[0]); src(a[1]); word(u(a[2])); return;
    case GenOp::bs_match_string: {  // Fail Ctx Bits Offset
      uint64_t bits = u(a[2]), off = u(a[3]);
      if (off + (bits + 7) / 8 > m_.strings.size()) throw std::string("string offset out of range");
      op(Instr::bs_match_string); label(a[0]); src(a[1]); word(bits);
      word(Word(m_.strings.data() + off));
      return;
    }
    case GenOp::bs_get_integer2:  // Fail Ctx Live Size Unit Flags Dst
    case GenOp::bs_get_binary2:
    case GenOp::bs_get_float2:
      op(gi.op == GenOp::bs_get_integer2 ? Instr::bs_get_integer
         : gi.op == GenOp::bs_get_binary2 ? Instr::bs_get_binary : Instr::bs_get_float);
      label(a[0]); src(a[1]); src(a[3]); word(u(a[4])); word(u(a[5])); dst(a[6]);
      return;
    case GenOp::bs_skip_bits2:  // Fail Ctx Size Unit Flags
      op(Instr::bs_skip_bits); label(a[0]); src(a[1]); src(a[2]); word(u(a[3])); word(u(a[4]));
      return;
    case GenOp::bs_get_utf8:  // Fail Ctx Live Flags Dst
    case GenOp::bs_get_utf16:
    case GenOp::bs_get_utf32:
      op(Instr::bs_get_utf); label(a[0]); src(a[1]);
      word(gi.op == GenOp::bs_get_utf8 ? 8 : gi.op == GenOp::bs_get_utf16 ? 16 : 32);
      word(u(a[3])); dst(a[4]);
      return;
    case GenOp::bs_skip_utf8:  // Fail Ctx Live Flags
    case GenOp::bs_skip_utf16:
    case GenOp::bs_skip_utf32:
      op(Instr::bs_skip_utf); label(a[0]); src(a[1]);
      word(gi.op == GenOp::bs_skip_utf8 ? 8 : gi.op == GenOp::bs_skip_utf16 ? 16 : 32);
      word(u(a[3]));
      return;
    case GenOp::bs_init_writable: op(Instr::bs_init_writable); return;
    case GenOp::bs_create_bin: {  // Fail Alloc Live Unit Dst [Type Seg Unit Flags Src Size]*
      uint64_t n = list_len(5);
      if (n % 6) throw std::string("bad bs_create_bin segment list");
      op(Instr::bs_create_bin);
      label(a[0]);
      dst(a[4]);
      word(u(a[2]));  // live x registers
      word(n / 6);
      for (uint64_t i = 0; i < n; i += 6) {
        const Operand* g = a + 6 + i;
        if (g[0].kind != OpKind::Atom) throw std::string("bad bs_create_bin segment type");
        std::string_view t = atom_text(Term(g[0].value));
        BsSegment type;
        if (t == "integer") type = BsSegment::kInteger;
        else if (t == "float") type = BsSegment::kFloat;
        else if (t == "binary") type = BsSegment::kBinary;
        else if (t == "string") type = BsSegment::kString;
        else if (t == "utf8") type = BsSegment::kUtf8;
        else if (t == "utf16") type = BsSegment::kUtf16;
        else if (t == "utf32") type = BsSegment::kUtf32;
        else if (t == "append" || t == "private_append") type = BsSegment::kAppend;
        else throw std::string("unknown bs_create_bin segment type");
        Word flags = 0;
        if (g[3].kind == OpKind::Literal) {
          for (Term l = bf_.literals[g[3].value]; is_list(l); l = cdr(l)) {
            if (car(l) == atoms::am_little || car(l) == atoms::am_native) flags |= 2;
          }
        }
        word(Word(type));
        word(u(g[1]));
        word(u(g[2]));
        word(flags);
        if (type == BsSegment::kString) {
          uint64_t off = u(g[4]);
          int64_t len = g[5].kind == OpKind::I ? int64_t(g[5].value) : -1;
          if (len < 0 || off + uint64_t(len) > m_.strings.size()) throw std::string("bad string segment");
          word(Word(m_.strings.data() + off));
          word(Word(len));
        } else {
          src(g[4]);
          src(g[5]);
        }
      }
      return;
    }
    case GenOp::swap: op(Instr::swap); dst(a[0]); dst(a[1]); return;
    case GenOp::trim: op(Instr::trim); word(u(a[0])); word(u(a[1])); return;
    case GenOp::on_load:
      m_.on_load = reinterpret_cast<const Word*>(code().size());  // index; fixed up below
      op(Instr::on_load);
      return;
    case GenOp::nif_start: op(Instr::nif_start); return;
    case GenOp::send: op(Instr::send); return;
    case GenOp::loop_rec:
      if (a[1].kind != OpKind::X || a[1].value != 0) throw std::string("loop_rec: destination is not x0");
      op(Instr::loop_rec); label(a[0]);
      return;
    case GenOp::loop_rec_end: op(Instr::loop_rec_end); label(a[0]); return;
    case GenOp::remove_message: op(Instr::remove_message); return;
    case GenOp::timeout: op(Instr::timeout); return;
    case GenOp::wait: op(Instr::wait); label(a[0]); return;
    case GenOp::wait_timeout: op(Instr::wait_timeout); label(a[0]); src(a[1]); return;
    case GenOp::recv_marker_reserve: op(Instr::recv_marker_reserve); dst(a[0]); return;
    case GenOp::recv_marker_bind: op(Instr::recv_marker_bind); src(a[0]); src(a[1]); return;
    case GenOp::recv_marker_clear: op(Instr::recv_marker_clear); src(a[0]); return;
    case GenOp::recv_marker_use: op(Instr::recv_marker_use); src(a[0]); return;
    default:
      unsupported(gi.op);
      return;
  }
}

bool Emitter::run(std::string* error) {
  try {
    for (const loader::Lambda& l : bf_.lambdas) {
      auto fe = std::make_unique<FunEntry>();
      fe->module = &m_;
      fe->module_name = m_.name;
      fe->function = l.function;
      fe->arity = l.arity;
      fe->num_free = l.num_free;
      fe->index = l.index;
      fe->old_index = uint32_t(m_.funs.size());
      fe->old_uniq = int32_t(l.old_uniq);
      std::memcpy(fe->uniq, bf_.md5, sizeof fe->uniq);
      fe->address = nullptr;
      fun_fixups_.push_back({m_.funs.size(), l.label});
      m_.funs.push_back(std::move(fe));
    }
    for (const loader::GenericInstr& gi : bf_.code) emit(gi);
    if (!m_.functions.empty()) m_.functions.back().end = code().size();
    // Code is complete: turn label numbers into addresses.
    const Word* base = code().data();
    auto addr = [&](uint64_t l) -> Word {
      if (l >= label_pos_.size() || label_pos_[l] == SIZE_MAX) throw std::string("undefined label");
      return reinterpret_cast<Word>(base + label_pos_[l]);
    };
    for (const Fixup& f : fixups_) code()[f.at] = addr(f.label);
    for (const Fixup& f : catch_fixups_) {
      code()[f.at] = register_catch(reinterpret_cast<const Word*>(addr(f.label))).raw();
    }
    for (auto& [idx, l] : fun_fixups_) m_.funs[idx]->address = reinterpret_cast<const Word*>(addr(l));
    if (m_.on_load) m_.on_load = base + reinterpret_cast<size_t>(m_.on_load);
    for (const loader::Export& e : bf_.exports) {
      m_.exports.push_back({e.function, e.arity, reinterpret_cast<const Word*>(addr(e.label))});
    }
  } catch (const std::string& e) {
    if (error) *error = e;
    return false;
  }
  return true;
}

}  // namespace

const FunctionInfo* Module::function_at(const Word* pc) const {
  size_t idx = size_t(pc - code.data());
  auto it = std::upper_bound(functions.begin(), functions.end(), idx,
                             [](size_t i, const FunctionInfo& f) { return i < f.func_info; });
  if (it == functions.begin()) return nullptr;
  return &*(it - 1);
}

const LineEntry* Module::line_at(const Word* pc) const {
  size_t idx = size_t(pc - code.data());
  auto it = std::upper_bound(lines.begin(), lines.end(), idx,
                             [](size_t i, const LineEntry& l) { return i < l.code; });
  if (it == lines.begin()) return nullptr;
  const LineEntry* le = &*(it - 1);
  // A line entry only covers its own function.
  const FunctionInfo* f = function_at(pc);
  if (f && le->code < f->func_info) return nullptr;
  return le;
}

namespace {
struct BuiltinNif {
  Term function;
  uint32_t arity;
  BifFn fn;
};
std::map<Word, std::vector<BuiltinNif>>& builtin_nifs() {
  static std::map<Word, std::vector<BuiltinNif>> t;
  return t;
}

// Points the stub bodies of m's built-in NIFs at their native functions.
bool install_builtin_nifs(Module& m, std::string* error) {
  auto it = builtin_nifs().find(m.name.raw());
  if (it == builtin_nifs().end()) return true;
  constexpr size_t kFuncInfoWords = 4;  // vm/instrs.def
  constexpr size_t kStubWords = 3;      // call_bif_stub B E
  for (const BuiltinNif& n : it->second) {
    for (const FunctionInfo& f : m.functions) {
      if (f.name != n.function || f.arity != n.arity) continue;
      size_t entry = f.func_info + kFuncInfoWords;
      if (f.end < entry + kStubWords) {
        if (error) *error = "NIF stub " + std::string(atom_text(n.function)) + " too short";
        return false;
      }
      m.code[entry] = reinterpret_cast<Word>(instr_handler(Instr::call_bif_stub));
      m.code[entry + 1] = reinterpret_cast<Word>(n.fn);
      m.code[entry + 2] = reinterpret_cast<Word>(export_entry(m.name, n.function, n.arity));
    }
  }
  return true;
}
}  // namespace

void register_builtin_nif(Term module, Term function, uint32_t arity, BifFn fn) {
  builtin_nifs()[module.raw()].push_back({function, arity, fn});
}

std::unique_ptr<Module> prepare_module(const uint8_t* data, size_t size, Term expected, std::string* error,
                                       bool preloaded) {
  loader::LoadError lerr;
  auto bf = loader::read_beam_file(data, size, &lerr);
  if (!bf) {
    if (error) *error = lerr.to_string();
    return nullptr;
  }
  if (!is_nil(expected) && bf->module != expected) {
    if (error) *error = "module name in object code is " + std::string(atom_text(bf->module));
    return nullptr;
  }
  auto m = std::make_unique<Module>();
  m->name = bf->module;
  m->preloaded = preloaded;
  m->strings = bf->strings;
  m->literals = std::move(bf->arena);
  bf->arena = std::make_unique<TermArena>();
  m->files.push_back(std::string(atom_text(m->name)) + ".erl");
  for (const std::string& f : bf->lines.names) m->files.push_back(f);
  if (bf->attributes) m->attributes = *bf->attributes;
  if (bf->compile_info) m->compile_info = *bf->compile_info;
  m->md5 = make_binary(*m->literals, bf->md5, sizeof bf->md5);
  // Emitting appends to a vector: reserve so that it rarely reallocates.
  m->code.reserve(bf->operands.size() + 2 * bf->code.size());
  Emitter em(*bf, *m);
  if (!em.run(error)) return nullptr;
  if (!install_builtin_nifs(*m, error)) return nullptr;
  if (preloaded) m->lines.clear();
  return m;
}

}  // namespace openbeam::vm
