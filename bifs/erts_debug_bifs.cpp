// erts_debug: introspection BIFs that stock tools use (compile's `time`
// option sizes its passes' results with flat_size/1).
#include "bifs/bifs.hpp"
#include "bifs/ets/ets_table.hpp"
#include "vm/copy.hpp"

namespace openbeam::bifs {

using namespace vm;

// erts_debug:flat_size(Term): the words of the term's heap copy as ERTS lays
// it out (sharing not counted).
Term erts_debug_flat_size_1(Process*, Term* a) {
  return make_small(int64_t(flat_size(a[0])) + ets::erts_extra_words(a[0]));
}

}  // namespace openbeam::bifs
