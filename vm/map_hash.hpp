// The internal term hash that orders large maps.
//
// ERTS stores maps of more than 32 keys as a hash array mapped trie keyed by
// a 32-bit internal hash (Bob Jenkins' lookup2 mixing over the term's
// words), 4 bits per trie level starting from the least significant bits,
// and re-salting the hash every 8 levels. `maps:to_list/1`, `maps:next/1`
// and printing walk the trie depth first, so their order is the order of
// the keys' hash nibble sequences. We compute the same hash, so our order
// equals erl's for every key except those holding atoms inside compound
// terms (ERTS hashes such an atom by its atom-table index, a product of
// erl's boot history) or funs and external pids/ports/refs (pointers);
// those still get a deterministic order here. Local pids and ports hash as
// ERTS's words for them (process-table slot in the upper half).
#pragma once

#include <cstdint>

#include "vm/term.hpp"

namespace openbeam::vm {

// ERTS's make_internal_hash(Term, Salt).
uint32_t internal_hash(Term t, uint32_t salt);
// ERTS's make_map_hash(Key, Depth): the hash used at trie levels
// 8*Depth .. 8*Depth+7.
uint32_t map_hash(Term key, unsigned depth);
// Orders two distinct keys as the trie iteration does.
bool map_hash_order_less(Term a, Term b);
// The words of ERTS's trie for a map of more than 32 keys (head node with
// its size word, inner nodes, one cons cell per pair), without the keys'
// and values' own words.
size_t hash_trie_words(Term map);
// The key's depth-0 trie path as a number: keys whose numbers differ are in
// the order of their numbers. Computed once per key, it spares sorts and
// searches most hashing.
uint32_t map_order_key(Term key);
// map_hash_order_less for keys whose map_order_key is known.
bool map_hash_order_less(uint32_t ka, Term a, uint32_t kb, Term b);

}  // namespace openbeam::vm
