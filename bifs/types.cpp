// Type-test BIFs (the guard tests as callable functions).
#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/bignum.hpp"
#include "vm/code.hpp"

namespace openbeam::bifs {

using namespace vm;

Term erl_is_atom(Process*, Term* a) { return make_bool(is_atom(a[0])); }
Term erl_is_binary(Process*, Term* a) { return make_bool(is_binary_term(a[0])); }
Term erl_is_bitstring(Process*, Term* a) { return make_bool(is_bitstring(a[0])); }
Term erl_is_boolean(Process*, Term* a) {
  return make_bool(a[0] == atoms::am_true || a[0] == atoms::am_false);
}
Term erl_is_float(Process*, Term* a) { return make_bool(is_float(a[0])); }
Term erl_is_function(Process*, Term* a) { return make_bool(is_fun(a[0])); }
Term erl_is_function_2(Process* p, Term* a) {
  if (!is_small(a[1]) || small_value(a[1]) < 0) {
    if (is_bignum(a[1]) && !big_negative(a[1])) return make_bool(false);
    return badarg(p);
  }
  return make_bool(is_fun(a[0]) && int64_t(fun_arity(a[0])) == small_value(a[1]));
}
Term erl_is_integer(Process*, Term* a) { return make_bool(is_integer(a[0])); }
Term erl_is_list(Process*, Term* a) { return make_bool(is_list(a[0]) || is_nil(a[0])); }
Term erl_is_map(Process*, Term* a) { return make_bool(is_map(a[0])); }
Term erl_is_number(Process*, Term* a) { return make_bool(is_number(a[0])); }
Term erl_is_pid(Process*, Term* a) {
  return make_bool(is_local_pid(a[0]) || is_boxed_of(a[0], Subtag::kExternalPid));
}
Term erl_is_port(Process*, Term* a) {
  return make_bool(is_local_port(a[0]) || is_boxed_of(a[0], Subtag::kExternalPort));
}
Term erl_is_reference(Process*, Term* a) {
  return make_bool(is_boxed_of(a[0], Subtag::kRef) || is_boxed_of(a[0], Subtag::kExternalRef));
}
Term erl_is_tuple(Process*, Term* a) { return make_bool(is_tuple(a[0])); }
Term erl_is_record_2(Process* p, Term* a) {
  if (!is_atom(a[1])) return badarg(p);
  return make_bool(is_tuple(a[0]) && tuple_arity(a[0]) >= 1 && tuple_element(a[0], 1) == a[1]);
}
Term erl_is_record_3(Process* p, Term* a) {
  if (!is_atom(a[1]) || !is_small(a[2])) return badarg(p);
  return make_bool(is_tuple(a[0]) && int64_t(tuple_arity(a[0])) == small_value(a[2]) &&
                   tuple_arity(a[0]) >= 1 && tuple_element(a[0], 1) == a[1]);
}

}  // namespace openbeam::bifs
