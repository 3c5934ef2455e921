// The dynamic-trace tag BIFs as erl without VM probes (Debian's build)
// answers them: no tag is ever set. file.erl and others call them on every
// file server request.
#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"

namespace openbeam::bifs {

using namespace vm;

Term erl_dt_put_tag_1(Process*, Term*) { return atoms::am_undefined; }
Term erl_dt_get_tag_0(Process*, Term*) { return atoms::am_undefined; }
Term erl_dt_get_tag_data_0(Process*, Term*) { return atoms::am_undefined; }
Term erl_dt_prepend_vm_tag_data_1(Process*, Term* a) { return a[0]; }
Term erl_dt_append_vm_tag_data_1(Process*, Term* a) { return a[0]; }

Term erl_dt_spread_tag_1(Process* p, Term* a) {
  if (a[0] != atoms::am_true && a[0] != atoms::am_false) return badarg(p);
  return atoms::am_true;
}

// What dt_spread_tag/1 returned (always true here) is all it takes back.
Term erl_dt_restore_tag_1(Process* p, Term* a) {
  if (a[0] != atoms::am_true) return badarg(p);
  return atoms::am_true;
}

}  // namespace openbeam::bifs
