// The node: erlang:node/0,1, nodes/0,1, is_alive/0. Without distribution
// (a later issue) this node is nonode@nohost and knows no other node.
#include "bifs/bifs.hpp"
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

Term erl_is_alive(Process*, Term*) { return atoms::am_false; }

}  // namespace openbeam::bifs
