// The portable term hashes: erlang:phash2/1,2 and erlang:phash/2.
//
// Both hashes are defined on the term's value, never on its layout: two
// equal terms (exact equality) hash alike whatever their representation
// (heap/refc/sub binary, flat/hash map, ...), and the values are the same
// on every ERTS instance. OpenBEAM reproduces ERTS's values bit for bit.
//
//   phash2 (ERTS make_hash2): Bob Jenkins' lookup2 mixing. Atoms hash by a
//     hashpjw of their text; small integers in the 28-bit range mix their
//     32-bit value, wider integers (small or big) mix 64-bit limbs of the
//     magnitude with a sign-dependent constant; floats mix their IEEE bits
//     (-0.0 as 0.0); binaries use lookup2's block hash; lists hash runs of
//     byte elements four bytes at a time; maps xor the hashes of their
//     key/value pairs, so the result does not depend on the key order.
//   phash (ERTS make_hash, the older one): H = H * Prime + X over bytes of
//     each item; maps delegate to make_hash2.
//
// Both walk the term with an explicit stack: any depth works (a list nested
// a million levels deep, a tuple chain, ...).
//
// External pids and ports do not exist in OpenBEAM yet: they hash to a
// placeholder value (see the TODO in term_hash.cpp).
#pragma once

#include <cstdint>

#include "vm/term.hpp"

namespace openbeam::vm {

// The full 32-bit make_hash2 value (= erlang:phash2(T, 1 bsl 32)).
uint32_t make_hash2(Term t);
// The full 32-bit make_hash value (= erlang:phash(T, 1 bsl 32) - 1).
uint32_t make_hash(Term t);

// erlang:phash2/1: make_hash2 reduced to 27 bits (0 .. 2^27-1).
uint32_t phash2(Term t);
// erlang:phash2/2: 0 .. range-1. Precondition: 1 <= range <= 2^32 (erl
// raises badarg otherwise; see hash_range_ok).
uint32_t phash2_range(Term t, uint64_t range);
// erlang:phash/2: 1 .. range. Precondition: 1 <= range <= 2^32. The result
// can be 2^32 (range 2^32), hence 64 bits.
uint64_t phash(Term t, uint64_t range);
// Whether `range` is a valid second argument of phash/2 and phash2/2.
constexpr bool hash_range_ok(uint64_t range) { return range >= 1 && range <= (uint64_t(1) << 32); }

// ERTS's per-atom hash value (hashpjw over the atom text; two-byte UTF-8
// sequences of Latin-1 characters count as the one Latin-1 byte).
uint32_t atom_hash_value(Term atom);

}  // namespace openbeam::vm
