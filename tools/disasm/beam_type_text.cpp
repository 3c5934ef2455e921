// Model of beam_types:decode_ext/1 (lib/compiler/src/beam_types.erl, OTP 25).
//
// decode_ext folds join/2 over the 13 type bits in the order of
// ext_type_mapping(), starting from `none`:
//
//   bit 0 #t_atom{}    bit 4 #t_float{}    bit 8  nil         bit 12 #t_tuple{}
//   bit 1 #t_bitstring{} bit 5 #t_fun{}    bit 9  pid
//   bit 2 #t_bs_context{} bit 6 #t_integer{} bit 10 port
//   bit 3 #t_cons{}    bit 7 #t_map{}      bit 11 reference
//
// All these records have their default field values, and joining them never
// produces anything but default-valued records, so a type here is just a
// Kind (plus, for #t_union{}, the kinds in its five slots). The join/lub
// rules below are the subset of beam_types' rules reachable from these
// inputs:
//
//  * join: equal -> itself; any absorbs; none is the identity; unions are
//    handled by join_unions; two types of the same union "slot" (atom, list,
//    number, tuple, other) use lub; types of different slots make a
//    two-slot #t_union{}.
//  * lub: bitstring/bs_context/bs_matchable mix -> #t_bs_matchable{};
//    cons/list/nil mix -> #t_list{}; float/integer/number mix -> number;
//    any other pair of distinct types -> any.
//  * join_unions: union+union joins slot-wise (lub, tuple sets via lub) and
//    shrinks; union+atom/list/number updates that slot without shrinking;
//    union+tuple joins the tuple set and shrinks; union+other lubs the other
//    slot and gives `any` if that lub is `any`.
//  * shrink_union: other=any -> any; a single non-none slot -> that type
//    (all slots none -> none); otherwise the union stays.
//
// Default #t_tuple{} has exact=false, so record_key/1 is always `none` and
// tuple sets never become record lists.
#include "tools/disasm/beam_type_text.hpp"

#include <array>
#include <cstddef>

namespace openbeam::disasm {

namespace {

enum class Kind : uint8_t {
  None,
  Any,
  Atom,
  Bitstring,
  BsContext,
  BsMatchable,
  Cons,
  List,
  Nil,
  Float,
  Integer,
  Number,
  Fun,
  Map,
  Pid,
  Port,
  Reference,
  Tuple,
  Union,
};

// The five fields of #t_union{}, in record order.
enum Slot : size_t { kAtomSlot, kListSlot, kNumberSlot, kTupleSlot, kOtherSlot, kNumSlots };

struct Type {
  Kind kind = Kind::None;
  // Only meaningful for Kind::Union; each entry is a non-union kind.
  std::array<Kind, kNumSlots> slots{Kind::None, Kind::None, Kind::None, Kind::None, Kind::None};

  static Type of(Kind k) {
    Type t;
    t.kind = k;
    return t;
  }
  bool operator==(const Type&) const = default;
};

// Which #t_union{} field a normal (non-union) type belongs to.
Slot slot_of(Kind k) {
  switch (k) {
    case Kind::Atom:
      return kAtomSlot;
    case Kind::Cons:
    case Kind::List:
    case Kind::Nil:
      return kListSlot;
    case Kind::Float:
    case Kind::Integer:
    case Kind::Number:
      return kNumberSlot;
    case Kind::Tuple:
      return kTupleSlot;
    default:
      return kOtherSlot;
  }
}

bool is_bs_matchable_family(Kind k) {
  return k == Kind::Bitstring || k == Kind::BsContext || k == Kind::BsMatchable;
}

// beam_types:lub/2 on normal types with default fields.
Kind lub(Kind a, Kind b) {
  if (a == b) return a;
  if (a == Kind::None) return b;
  if (b == Kind::None) return a;
  if (a == Kind::Any || b == Kind::Any) return Kind::Any;
  if (is_bs_matchable_family(a) && is_bs_matchable_family(b)) return Kind::BsMatchable;
  const Slot sa = slot_of(a);
  if (sa == slot_of(b)) {
    if (sa == kListSlot) return Kind::List;      // cons/list/nil mixes
    if (sa == kNumberSlot) return Kind::Number;  // float/integer/number mixes
  }
  return Kind::Any;
}

// beam_types:shrink_union/1.
Type shrink_union(const Type& u) {
  if (u.slots[kOtherSlot] == Kind::Any) return Type::of(Kind::Any);
  size_t used = 0;
  Kind only = Kind::None;
  for (Kind k : u.slots) {
    if (k != Kind::None) {
      ++used;
      only = k;
    }
  }
  if (used <= 1) return Type::of(only);
  return u;
}

// beam_types:join_unions/2; `u` is a union, `b` is any type but any/none.
Type join_unions(Type u, const Type& b) {
  if (b.kind == Kind::Union) {
    for (size_t i = 0; i < kNumSlots; ++i) u.slots[i] = lub(u.slots[i], b.slots[i]);
    return shrink_union(u);
  }
  const Slot s = slot_of(b.kind);
  switch (s) {
    case kAtomSlot:
    case kListSlot:
    case kNumberSlot:
      u.slots[s] = lub(u.slots[s], b.kind);
      return u;
    case kTupleSlot:
      u.slots[s] = lub(u.slots[s], b.kind);  // join_tuple_sets of plain tuples
      return shrink_union(u);
    default: {
      const Kind other = lub(u.slots[kOtherSlot], b.kind);
      if (other == Kind::Any) return Type::of(Kind::Any);
      u.slots[kOtherSlot] = other;
      return u;
    }
  }
}

// beam_types:join/2.
Type join(const Type& a, const Type& b) {
  if (a == b) return a;
  if (a.kind == Kind::Any || b.kind == Kind::Any) return Type::of(Kind::Any);
  if (b.kind == Kind::None) return a;
  if (a.kind == Kind::None) return b;
  if (a.kind == Kind::Union) return join_unions(a, b);
  if (b.kind == Kind::Union) return join_unions(b, a);
  const Slot sa = slot_of(a.kind);
  const Slot sb = slot_of(b.kind);
  if (sa == sb) return Type::of(lub(a.kind, b.kind));
  Type u = Type::of(Kind::Union);
  u.slots[sa] = a.kind;
  u.slots[sb] = b.kind;
  return u;
}

// ~w text of a non-union type (record fields at their defaults).
const char* kind_text(Kind k) {
  switch (k) {
    case Kind::None:        return "none";
    case Kind::Any:         return "any";
    case Kind::Atom:        return "{t_atom,any}";
    case Kind::Bitstring:   return "{t_bitstring,1}";
    case Kind::BsContext:   return "{t_bs_context,1}";
    case Kind::BsMatchable: return "{t_bs_matchable,1}";
    case Kind::Cons:        return "{t_cons,any,any}";
    case Kind::List:        return "{t_list,any,any}";
    case Kind::Nil:         return "nil";
    case Kind::Float:       return "{t_float,any}";
    case Kind::Integer:     return "{t_integer,any}";
    case Kind::Number:      return "number";
    case Kind::Fun:         return "{t_fun,any,any,any}";
    case Kind::Map:         return "{t_map,any,any}";
    case Kind::Pid:         return "pid";
    case Kind::Port:        return "port";
    case Kind::Reference:   return "reference";
    case Kind::Tuple:       return "{t_tuple,0,false,#{}}";
    case Kind::Union:       break;  // printed by type_text()
  }
  return "?";
}

std::string type_text(const Type& t) {
  if (t.kind != Kind::Union) return kind_text(t.kind);
  std::string out = "{t_union";
  for (Kind k : t.slots) {
    out += ',';
    out += kind_text(k);
  }
  out += '}';
  return out;
}

// ext_type_mapping() order: bit i of TypeBits stands for kBitKinds[i].
constexpr std::array<Kind, 13> kBitKinds{
    Kind::Atom, Kind::Bitstring, Kind::BsContext, Kind::Cons,  Kind::Float,
    Kind::Fun,  Kind::Integer,   Kind::Map,       Kind::Nil,   Kind::Pid,
    Kind::Port, Kind::Reference, Kind::Tuple,
};

}  // namespace

std::string beam_type_text(uint16_t type_bits, uint64_t min, uint64_t max) {
  Type acc = Type::of(Kind::None);
  for (size_t i = 0; i < kBitKinds.size(); ++i) {
    if (type_bits & (1u << i)) acc = join(Type::of(kBitKinds[i]), acc);
  }
  std::string out = "{";
  out += type_text(acc);
  out += ',';
  out += std::to_string(min);
  out += ',';
  out += std::to_string(max);
  out += '}';
  return out;
}

}  // namespace openbeam::disasm
