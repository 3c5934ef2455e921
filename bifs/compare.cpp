// Comparison and boolean operators.
#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/term_compare.hpp"

namespace openbeam::bifs {

using namespace vm;

Term erl_eq(Process*, Term* a) { return make_bool(compare(a[0], a[1]) == 0); }
Term erl_ne(Process*, Term* a) { return make_bool(compare(a[0], a[1]) != 0); }
Term erl_exact_eq(Process*, Term* a) { return make_bool(exact_equal(a[0], a[1])); }
Term erl_exact_ne(Process*, Term* a) { return make_bool(!exact_equal(a[0], a[1])); }
Term erl_lt(Process*, Term* a) { return make_bool(compare(a[0], a[1]) < 0); }
Term erl_le(Process*, Term* a) { return make_bool(compare(a[0], a[1]) <= 0); }
Term erl_gt(Process*, Term* a) { return make_bool(compare(a[0], a[1]) > 0); }
Term erl_ge(Process*, Term* a) { return make_bool(compare(a[0], a[1]) >= 0); }
// erts_internal:cmp_term/2: the exact term order (that of map keys, where
// an integer sorts before an equal float) as -1, 0 or 1; v3_kernel sorts map
// patterns with it.
Term erts_internal_cmp_term_2(Process*, Term* a) { return make_small(compare_exact(a[0], a[1])); }

static int boolean(Term t) { return t == atoms::am_true ? 1 : t == atoms::am_false ? 0 : -1; }

Term erl_and(Process* p, Term* a) {
  int x = boolean(a[0]), y = boolean(a[1]);
  if (x < 0 || y < 0) return badarg(p);
  return make_bool(x && y);
}
Term erl_or(Process* p, Term* a) {
  int x = boolean(a[0]), y = boolean(a[1]);
  if (x < 0 || y < 0) return badarg(p);
  return make_bool(x || y);
}
Term erl_xor(Process* p, Term* a) {
  int x = boolean(a[0]), y = boolean(a[1]);
  if (x < 0 || y < 0) return badarg(p);
  return make_bool(x != y);
}
Term erl_not(Process* p, Term* a) {
  int x = boolean(a[0]);
  if (x < 0) return badarg(p);
  return make_bool(!x);
}

}  // namespace openbeam::bifs
