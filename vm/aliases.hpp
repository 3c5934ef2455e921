// Process aliases (erlang:alias/0,1, monitor/3's {alias, Mode}) and
// references kept outside process heaps.
#pragma once

#include "vm/allocator.hpp"
#include "vm/process.hpp"

namespace openbeam::vm {

// A reference's words, to keep it outside any heap; `ref` must be a reference.
StoredRef store_ref(Term ref);
// Rebuilds the reference on `to`'s heap.
Term stored_ref_term(TermAllocator& to, const StoredRef& r);

enum class AliasMode : uint8_t { kExplicitUnalias, kDemonitor, kReplyDemonitor, kReply };

void add_alias(const StoredRef& ref, Term pid, AliasMode mode);
// The process a message sent to alias `ref` goes to, or null when the
// alias is not active. A `reply` alias is deactivated by this message;
// `*demonitor` is set when its monitor must go too (reply_demonitor).
Process* alias_target(Term ref, bool* demonitor = nullptr);
// False when `ref` was not an active alias of `pid`.
bool remove_alias(const StoredRef& ref, Term pid = kNonValue);
void remove_aliases_of(Term pid);

}  // namespace openbeam::vm
