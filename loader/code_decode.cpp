// Decoding of the Code chunk into generic instructions.
#include <string>

#include "loader/beam_chunks.hpp"
#include "loader/byte_reader.hpp"
#include "loader/compact_term.hpp"

namespace openbeam::loader {

const GenOpInfo kGenOps[kMaxGenOp + 1] = {
    {"", 0},
#define OP(num, id, name, arity) {name, arity},
#include "loader/generic_ops.def"
#undef OP
};

namespace {
// generic_ops.def must list every opcode 1..180 in order for the table above.
constexpr unsigned count_ops() {
  unsigned n = 0;
#define OP(num, id, name, arity) n = (num == n + 1) ? n + 1 : 1000;
#include "loader/generic_ops.def"
#undef OP
  return n;
}
static_assert(count_ops() == kMaxGenOp, "generic_ops.def must be dense and ordered");
}  // namespace

bool parse_code(BeamFile& bf, const Chunk& c, LoadError* err) {
  auto fail = [&](std::string msg) {
    if (err) *err = LoadError{"Code", std::move(msg)};
    return false;
  };
  ByteReader hr(c.data, c.size);
  CodeHeader& h = bf.code_header;
  if (!hr.u32(h.header_size)) return fail("truncated header");
  if (h.header_size < 16 || h.header_size > hr.left()) return fail("bad header size");
  hr.u32(h.instruction_set), hr.u32(h.opcode_max), hr.u32(h.label_count), hr.u32(h.function_count);
  if (h.instruction_set != 0) return fail("unknown instruction set " + std::to_string(h.instruction_set));
  if (h.opcode_max > kMaxGenOp) {
    return fail("uses opcodes up to " + std::to_string(h.opcode_max) +
                " (this VM knows OTP 25's 1.." + std::to_string(kMaxGenOp) + "); recompile with OTP 25");
  }
  if (h.label_count > c.size) return fail("label count exceeds the chunk");
  size_t start = 4 + size_t(h.header_size);
  ByteReader r(c.data + start, c.size - start);
  CompactDecoder d(r, bf);
  std::string e;
  bool ended = false;
  while (!r.at_end()) {
    size_t offset = start + size_t(r.pos() - (c.data + start));
    uint8_t op;
    r.u8(op);
    if (!gen_op_valid(op) || op > h.opcode_max) {
      return fail("unknown opcode " + std::to_string(op) + " at byte " + std::to_string(offset));
    }
    GenericInstr gi{GenOp(op), uint32_t(bf.operands.size()), 0};
    unsigned arity = kGenOps[op].arity;
    for (unsigned i = 0; i < arity; i++) {
      Operand o;
      if (!d.operand(o, e)) {
        return fail(std::string(kGenOps[op].name) + " at byte " + std::to_string(offset) + ": " + e);
      }
      bf.operands.push_back(o);
      if (o.kind == OpKind::List) {
        for (uint64_t k = 0; k < o.value; k++) {
          Operand el;
          if (!d.operand(el, e)) {
            return fail(std::string(kGenOps[op].name) + " at byte " + std::to_string(offset) + ": " + e);
          }
          if (el.kind == OpKind::List) return fail("nested list operand at byte " + std::to_string(offset));
          bf.operands.push_back(el);
        }
      }
    }
    gi.count = uint32_t(bf.operands.size() - gi.first);
    bf.code.push_back(gi);
    if (gi.op == GenOp::int_code_end) {
      ended = true;
      break;
    }
  }
  if (!ended) return fail("code does not end with int_code_end");
  return true;
}

}  // namespace openbeam::loader
