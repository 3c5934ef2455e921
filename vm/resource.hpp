// Resources: native objects held by Erlang terms (ERTS's NIF resources and
// magic references).
//
// A resource term is a local reference that also holds one reference on a
// magic blob (binary.hpp) whose storage is the native object:
//
//   [hdr(Ref, 4)] [n0 | n1 << 32] [n2] [BinaryBlob*] [next]
//
// To Erlang code it is an ordinary reference: is_reference/1 is true, it
// prints as #Ref<0.n2.n1.n0>, compares and hashes by its numbers (n1 has
// ERTS's magic marker bit, so it sorts after plain references of the same
// age, as in erl). term_to_binary encodes it as a plain reference and saves
// the blob in a table by numbers (save_resource), so binary_to_term on this
// node gives the resource back while the object lives. It is an off-heap entry
// (offheap.hpp): copying it (messages, ETS, persistent_term) takes a blob
// reference, the collector drops the references of dead copies, and the
// blob's destructor runs when the last one goes.
//
// The blob's destructor doubles as the resource type: resource_blob(t, d)
// only answers for resources made with destructor d, so a term of another
// type (or a plain reference) can never be taken for one.
#pragma once

#include <new>
#include <utility>

#include "vm/allocator.hpp"
#include "vm/binary.hpp"
#include "vm/offheap.hpp"
#include "vm/term.hpp"

namespace openbeam::vm {

// ERTS's magic marker in the second reference number.
constexpr uint32_t kRefMagicBit = uint32_t(1) << 17;

inline bool is_magic_ref(Term t) {
  return is_boxed(t) && is_offheap_header(*boxed_ptr(t)) && boxed_subtag(t) == Subtag::kRef;
}

// A fresh resource reference on magic blob `b`; takes over the caller's
// blob reference.
Term make_resource_ref(TermAllocator& a, BinaryBlob* b);
// Builds a resource reference in `p` (kMagicRefWords words) with the given
// numbers, for binary_to_term of a saved resource; the caller registers it
// with own_blob.
Term fill_resource_ref(Word* p, BinaryBlob* b, RefNumbers r);

// term_to_binary of resource `t`: makes it findable by its numbers.
void save_resource(Term t);
// The saved resource blob with numbers `r`, with a reference taken for
// the caller, or null (never saved, or already dead).
BinaryBlob* find_saved_resource(RefNumbers r);

// The blob behind resource `t` if it was made with `destructor`, else null.
BinaryBlob* resource_blob(Term t, void (*destructor)(BinaryBlob*));

// Typed resources: a T constructed in a magic blob, destroyed with it.
template <class T>
struct Resource {
  static void destroy(BinaryBlob* b) { reinterpret_cast<T*>(b->data)->~T(); }

  // A new T(args...) and the blob holding it (one reference, the caller's).
  template <class... Args>
  static T* create(BinaryBlob** blob, Args&&... args) {
    static_assert(alignof(T) <= 8, "blob data is 8-aligned");
    BinaryBlob* b = create_magic_blob(sizeof(T), &destroy);
    T* obj = new (b->data) T(std::forward<Args>(args)...);
    *blob = b;
    return obj;
  }
  // A new T(args...) wrapped in a resource reference built in `a`.
  template <class... Args>
  static Term make(TermAllocator& a, T** out, Args&&... args) {
    BinaryBlob* b;
    T* obj = create(&b, std::forward<Args>(args)...);
    if (out) *out = obj;
    return make_resource_ref(a, b);
  }
  // The T behind `t`, or null when `t` is not a resource of this type.
  static T* get(Term t) {
    BinaryBlob* b = resource_blob(t, &destroy);
    return b ? reinterpret_cast<T*>(b->data) : nullptr;
  }
};

}  // namespace openbeam::vm
