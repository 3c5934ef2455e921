// atomics and counters: arrays of 64-bit atomic integers behind resource
// references (vm/resource.hpp).
//
// Semantics are ERTS 13's (erl_bif_atomics.c, erl_bif_counters.c): indexes
// are 1-based; atomics:new/2's options arrive encoded by atomics.erl (bit 0
// = signed); values of an unsigned array are 0..2^64-1, of a signed one
// -2^63..2^63-1; increments may be either and wrap around. Every bad
// argument is badarg (system_limit for an impossible size).
//
// Counters (erts_internal:counters_*, wrapped by counters.erl) are ERTS's
// write_concurrency counters. ERTS spreads each counter over one atomic per
// scheduler plus a base; OpenBEAM keeps one atomic per counter (updates are
// atomic read-modify-writes), but info/1 reports the memory ERTS's layout
// takes, since that is what erl shows.
#include <atomic>
#include <cstdint>
#include <new>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/bits.hpp"
#include "vm/map_ops.hpp"
#include "vm/resource.hpp"
#include "vm/unique.hpp"

namespace openbeam::bifs {

using namespace vm;

namespace {

struct AtomicsArray {
  uint64_t size;
  bool is_signed;
  std::atomic<int64_t> v[1];  // `size` of them
};

// Only a type tag: the cells need no destruction.
void destroy_atomics(BinaryBlob*) {}
void destroy_counters(BinaryBlob*) {}

constexpr size_t kCellsOffset = offsetof(AtomicsArray, v);
// ERTS's magic binary header before the data (info/1's memory).
constexpr uint64_t kMagicOverhead = 24;

// ERTS's term_to_UWord failure reason: system_limit for a positive
// integer beyond 64 bits, else badarg.
Term bad_uword(Process* p, Term t) {
  if (is_bignum(t) && !big_view(t).negative) return raise_error(p, atoms::am_system_limit);
  return badarg(p);
}

// `max_size`: ERTS's system_limit bound for the size.
Term new_array(Process* p, Term size, uint64_t max_size, bool is_signed, void (*type)(BinaryBlob*)) {
  uint64_t n;
  if (!term_to_uint64(size, &n)) return bad_uword(p, size);
  if (n == 0) return badarg(p);
  if (n > max_size) return raise_error(p, atoms::am_system_limit);
  BinaryBlob* b = create_magic_blob(kCellsOffset + n * sizeof(std::atomic<int64_t>), type);
  auto* a = reinterpret_cast<AtomicsArray*>(b->data);
  a->size = n;
  a->is_signed = is_signed;
  for (uint64_t i = 0; i < n; i++) new (&a->v[i]) std::atomic<int64_t>(0);
  return make_resource_ref(*p, b);
}

AtomicsArray* array_of(Term ref, void (*type)(BinaryBlob*)) {
  BinaryBlob* b = resource_blob(ref, type);
  return b ? reinterpret_cast<AtomicsArray*>(b->data) : nullptr;
}

// The cell at 1-based index `ix`, or null (badarg).
std::atomic<int64_t>* cell(Term ref, Term ix, void (*type)(BinaryBlob*), AtomicsArray** out) {
  AtomicsArray* a = array_of(ref, type);
  uint64_t i;
  if (!a || !term_to_uint64(ix, &i) || i == 0 || i > a->size) return nullptr;
  *out = a;
  return &a->v[i - 1];
}

// A value for an array of this signedness.
bool value_of(const AtomicsArray* a, Term t, int64_t* v) {
  if (a->is_signed) return term_to_int64(t, v);
  uint64_t u;
  if (!term_to_uint64(t, &u)) return false;
  *v = int64_t(u);
  return true;
}

// An increment: any integer that fits 64 bits signed or unsigned.
bool incr_of(Term t, int64_t* v) {
  uint64_t u;
  if (term_to_int64(t, v)) return true;
  if (!term_to_uint64(t, &u)) return false;
  *v = int64_t(u);
  return true;
}

Term int64_term(Process* p, int64_t v) {
  return make_int_mag64(*p, v < 0 ? 0 - uint64_t(v) : uint64_t(v), v < 0);
}

Term cell_term(Process* p, const AtomicsArray* a, int64_t v) {
  return a->is_signed ? int64_term(p, v) : make_int_mag64(*p, uint64_t(v), false);
}

// The new value (wrapping around like ERTS's 64-bit atomics).
int64_t add_get(std::atomic<int64_t>* c, int64_t incr) {
  return int64_t(uint64_t(c->fetch_add(incr)) + uint64_t(incr));
}

// get, add and put, shared by atomics and counters (counters are signed
// arrays of their own type).
Term get_op(Process* p, Term* a, void (*type)(BinaryBlob*)) {
  AtomicsArray* arr;
  std::atomic<int64_t>* c = cell(a[0], a[1], type, &arr);
  if (!c) return badarg(p);
  return cell_term(p, arr, c->load());
}

Term add_op(Process* p, Term* a, void (*type)(BinaryBlob*)) {
  AtomicsArray* arr;
  std::atomic<int64_t>* c = cell(a[0], a[1], type, &arr);
  int64_t incr;
  if (!c || !incr_of(a[2], &incr)) return badarg(p);
  c->fetch_add(incr);
  return atoms::am_ok;
}

Term put_op(Process* p, Term* a, void (*type)(BinaryBlob*)) {
  AtomicsArray* arr;
  std::atomic<int64_t>* c = cell(a[0], a[1], type, &arr);
  int64_t v;
  if (!c || !value_of(arr, a[2], &v)) return badarg(p);
  c->store(v);
  return atoms::am_ok;
}

}  // namespace

// ---- atomics ------------------------------------------------------------------

Term erts_internal_atomics_new_2(Process* p, Term* a) {
  uint64_t n, opts;
  if (!term_to_uint64(a[0], &n)) return bad_uword(p, a[0]);
  if (n == 0) return badarg(p);
  if (!term_to_uint64(a[1], &opts)) return bad_uword(p, a[1]);
  return new_array(p, a[0], UINT64_MAX / 8, opts & 1, destroy_atomics);
}

Term atomics_put_3(Process* p, Term* a) { return put_op(p, a, destroy_atomics); }

Term atomics_get_2(Process* p, Term* a) { return get_op(p, a, destroy_atomics); }

Term atomics_add_3(Process* p, Term* a) { return add_op(p, a, destroy_atomics); }

Term atomics_add_get_3(Process* p, Term* a) {
  AtomicsArray* arr;
  std::atomic<int64_t>* c = cell(a[0], a[1], destroy_atomics, &arr);
  int64_t incr;
  if (!c || !incr_of(a[2], &incr)) return badarg(p);
  return cell_term(p, arr, add_get(c, incr));
}

Term atomics_exchange_3(Process* p, Term* a) {
  AtomicsArray* arr;
  std::atomic<int64_t>* c = cell(a[0], a[1], destroy_atomics, &arr);
  int64_t v;
  if (!c || !value_of(arr, a[2], &v)) return badarg(p);
  return cell_term(p, arr, c->exchange(v));
}

Term atomics_compare_exchange_4(Process* p, Term* a) {
  AtomicsArray* arr;
  std::atomic<int64_t>* c = cell(a[0], a[1], destroy_atomics, &arr);
  int64_t expected, desired;
  if (!c || !value_of(arr, a[2], &expected) || !value_of(arr, a[3], &desired)) return badarg(p);
  int64_t was = expected;
  if (c->compare_exchange_strong(was, desired)) return atoms::am_ok;
  return cell_term(p, arr, was);
}

Term atomics_info_1(Process* p, Term* a) {
  AtomicsArray* arr = array_of(a[0], destroy_atomics);
  if (!arr) return badarg(p);
  uint64_t memory = kMagicOverhead + 16 + arr->size * 8;
  MapPairs pairs{
      {atoms::am_max, arr->is_signed ? int64_term(p, INT64_MAX) : make_int_mag64(*p, UINT64_MAX, false)},
      {atoms::am_min, arr->is_signed ? int64_term(p, INT64_MIN) : make_small(0)},
      {atoms::am_size, make_int_mag64(*p, arr->size, false)},
      {atoms::am_memory, make_int_mag64(*p, memory, false)}};
  return map_from_pairs(*p, std::move(pairs));
}

// ---- counters (write_concurrency) ------------------------------------------------

Term erts_internal_counters_new_1(Process* p, Term* a) {
  return new_array(p, a[0], UINT64_MAX / (16 * (scheduler_count() + 1)), true, destroy_counters);
}

Term erts_internal_counters_get_2(Process* p, Term* a) { return get_op(p, a, destroy_counters); }

Term erts_internal_counters_add_3(Process* p, Term* a) { return add_op(p, a, destroy_counters); }

Term erts_internal_counters_put_3(Process* p, Term* a) { return put_op(p, a, destroy_counters); }

Term erts_internal_counters_info_1(Process* p, Term* a) {
  AtomicsArray* arr = array_of(a[0], destroy_counters);
  if (!arr) return badarg(p);
  // ERTS: (schedulers + 1) 64-byte cache lines per 8 counters, after the
  // 8-byte size word and the magic binary header.
  uint64_t lines = (scheduler_count() + 1) * ((arr->size + 7) / 8);
  uint64_t memory = kMagicOverhead + 8 + lines * 64;
  MapPairs pairs{{atoms::am_memory, make_int_mag64(*p, memory, false)},
                 {atoms::am_size, make_int_mag64(*p, arr->size, false)}};
  return map_from_pairs(*p, std::move(pairs));
}

}  // namespace openbeam::bifs
