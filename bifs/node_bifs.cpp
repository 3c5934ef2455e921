// The node: erlang:node/0,1, nodes/0,1, is_alive/0. Without distribution
// (a later issue) this node is nonode@nohost and knows no other node.
#include "bifs/bifs.hpp"
#include "vm/map_ops.hpp"
#include "vm/atom_table.hpp"

namespace openbeam::bifs {

using namespace vm;

Term erl_node_0(Process*, Term*) { return atoms::am_nonode_nohost; }

Term erl_node_1(Process* p, Term* a) {
  Term t = a[0];
  if (is_local_pid(t) || is_local_port(t) || is_reference(t)) return atoms::am_nonode_nohost;
  return badarg(p);
}

Term erl_nodes_0(Process*, Term*) { return make_nil(); }

Term erl_nodes_1(Process* p, Term* a) {
  Term t = a[0];
  if (is_atom(t)) {
    if (t == atoms::am_this) return make_list_from(p, &atoms::am_nonode_nohost, 1);
    return make_nil();
  }
  for (; is_list(t); t = cdr(t)) {
    if (!is_atom(car(t))) return badarg(p);
  }
  if (!is_nil(t)) return badarg(p);
  bool has_this = false;
  for (Term l = a[0]; is_list(l); l = cdr(l)) has_this |= car(l) == atoms::am_this;
  return has_this ? make_list_from(p, &atoms::am_nonode_nohost, 1) : make_nil();
}

// erlang:nodes(Type, InfoOpts): [{Node, Info}]; without distribution only
// `this` node, whose connection_id is undefined.
Term erl_nodes_2(Process* p, Term* a) {
  if (!is_map(a[1])) return badarg(p);
  bool want_id = false, want_type = false;
  for (const auto& [k, v] : map_pairs(a[1])) {
    if (v != atoms::am_true && v != atoms::am_false) return badarg(p);
    if (k == atom("connection_id")) want_id = v == atoms::am_true;
    else if (k == atom("node_type")) want_type = v == atoms::am_true;
    else return badarg(p);
  }
  Term this_node = make_nil();
  Term none[1] = {a[0]};
  Term l = erl_nodes_1(p, none);
  if (l == kNonValue) return kNonValue;
  if (is_nil(l)) return l;
  MapPairs info;
  if (want_id) info.push_back({atom("connection_id"), atoms::am_undefined});
  if (want_type) info.push_back({atom("node_type"), atoms::am_this});
  this_node = make_tuple2(p, atoms::am_nonode_nohost, map_from_pairs(*p, info));
  return make_list_from(p, &this_node, 1);
}

Term erl_is_alive(Process*, Term*) { return atoms::am_false; }

}  // namespace openbeam::bifs

namespace openbeam::bifs {

// net_kernel:dflag_unicode_io(Pid): whether Pid's node takes unicode io
// requests; every local process does.
Term net_kernel_dflag_unicode_io_1(Process* p, Term* a) {
  if (!is_local_pid(a[0]) && !is_boxed_of(a[0], Subtag::kExternalPid)) return badarg(p);
  return atoms::am_true;
}

}  // namespace openbeam::bifs
