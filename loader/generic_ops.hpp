// Generic instruction numbers, names and arities, derived from generic_ops.def.
#pragma once

#include <cstdint>
#include <string_view>

namespace openbeam::loader {

enum class GenOp : uint8_t {
#define OP(num, id, name, arity) id = num,
#include "loader/generic_ops.def"
#undef OP
};

constexpr unsigned kMaxGenOp = 180;

struct GenOpInfo {
  std::string_view name;  // empty for unused numbers
  uint8_t arity;
};

// Indexed by opcode number (0 is unused).
extern const GenOpInfo kGenOps[kMaxGenOp + 1];

inline bool gen_op_valid(unsigned op) { return op >= 1 && op <= kMaxGenOp && !kGenOps[op].name.empty(); }

}  // namespace openbeam::loader
