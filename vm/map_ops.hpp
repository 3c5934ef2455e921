// Map operations on the two map layouts (see term.hpp):
//   flat map (<= 32 keys): keys in exact term order;
//   hash map (>  32 keys): keys in ERTS's hash-trie iteration order.
// Both are [header][keys tuple][values...]. Updates copy (maps are values);
// a hash map update is O(n) here (ERTS shares trie nodes: a later issue).
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "vm/allocator.hpp"
#include "vm/term.hpp"

namespace openbeam::vm {

using MapPairs = std::vector<std::pair<Term, Term>>;

inline Word map_size(Term m) { return tuple_arity(Term(boxed_ptr(m)[1])); }
inline Term map_key(Term m, Word i) { return tuple_element(Term(boxed_ptr(m)[1]), i + 1); }
inline Term map_value(Term m, Word i) { return Term(boxed_ptr(m)[2 + i]); }

// The value stored under `key`, if any.
std::optional<Term> map_find(Term m, Term key);
// A new map from pairs (later pairs win on equal keys).
Term map_from_pairs(TermAllocator& a, MapPairs pairs);
// m with key => value (inserted or replaced).
Term map_put(TermAllocator& a, Term m, Term key, Term value);
// m with several pairs put at once (put_map_assoc).
Term map_put_many(TermAllocator& a, Term m, const MapPairs& pairs);
// m with existing keys updated; nullopt (and *bad_key set) if a key is missing.
std::optional<Term> map_update_many(TermAllocator& a, Term m, const MapPairs& pairs, Term* bad_key);
// m without key.
Term map_remove(TermAllocator& a, Term m, Term key);
// All pairs in iteration order.
MapPairs map_pairs(Term m);
// The empty map (a literal; never on a heap).
Term empty_map();

}  // namespace openbeam::vm
