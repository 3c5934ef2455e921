// ETS: the process-exit hook (ownership, heirs, fixations) and the promise
// that key-bound match/select patterns probe instead of scanning. Both are
// invisible to bare-mode conformance programs (one process, no timing).
#include <catch2/catch.hpp>

#include <vector>

#include "bifs/bifs.hpp"
#include "bifs/ets/ets_common.hpp"
#include "bifs/ets/ets_table.hpp"
#include "vm/atom_table.hpp"
#include "vm/exceptions.hpp"
#include "vm/term_compare.hpp"

using namespace openbeam;
using namespace openbeam::vm;

namespace {

// The hook's terms live only during the call: keep copies of what matters.
struct Transfer {
  Term to;
  RefNumbers tid;
  Term from, gift;
};
std::vector<Transfer> g_transfers;

Term list(Process& p, std::initializer_list<Term> items) {
  std::vector<Term> v(items);
  return make_list_of(&p, v.data(), v.size());
}

Term ets_new(Process& p, const char* name, Term opts) {
  Term a[2] = {atom(name), opts};
  return bifs::ets_new_2(&p, a);
}

Term info(Process& p, Term tab, Term item) {
  Term a[2] = {tab, item};
  return bifs::ets_info_2(&p, a);
}

}  // namespace

TEST_CASE("ets: a dying owner's tables are deleted or given to the heir", "[ets]") {
  bifs::register_bifs();
  Process owner;
  owner.pid = make_local_pid(40, 0);
  Term heir_pid = make_local_pid(41, 0);
  g_transfers.clear();

  Term plain = ets_new(owner, "plain", list(owner, {}));
  Term named = ets_new(owner, "ets_test_named", list(owner, {atoms::am_named_table}));
  Term heir_opt = make_tuple3(&owner, atoms::am_heir, heir_pid, atom("gift"));
  Term inherited = ets_new(owner, "inherited", list(owner, {heir_opt}));
  Term lost_heir = ets_new(owner, "lost", list(owner, {heir_opt}));
  REQUIRE(is_local_ref(plain));
  REQUIRE(named == atom("ets_test_named"));

  // A table of another process, fixed by the dying one.
  Process other;
  other.pid = make_local_pid(42, 0);
  Term others = ets_new(other, "others", list(other, {atoms::am_public}));
  Term fix[2] = {others, atoms::am_true};
  REQUIRE(bifs::ets_safe_fixtable_2(&owner, fix) == atoms::am_true);
  REQUIRE(info(other, others, atoms::am_fixed) == atoms::am_true);

  // The heir of `lost` is gone by the time its turn comes.
  ets::set_ets_transfer_sender([](Term to, Term tid, Term from, Term gift) {
    bool ok = g_transfers.empty();  // only the first transfer succeeds
    if (ok) g_transfers.push_back({to, local_ref_numbers(tid), from, gift});
    return ok;
  });
  ets::ets_process_exited(&owner, owner.pid);

  CHECK(ets::find_table(plain) == nullptr);
  CHECK(ets::find_table(named) == nullptr);
  CHECK(info(other, named, atoms::am_size) == atoms::am_undefined);
  REQUIRE(g_transfers.size() == 1);
  Transfer t = g_transfers[0];
  CHECK(t.to == heir_pid);
  CHECK(t.from == owner.pid);
  CHECK(t.gift == atom("gift"));
  RefNumbers want = local_ref_numbers(inherited);
  bool first_is_inherited = t.tid.n[0] == want.n[0] && t.tid.n[1] == want.n[1] && t.tid.n[2] == want.n[2];
  Term kept = first_is_inherited ? inherited : lost_heir;
  Term dropped = first_is_inherited ? lost_heir : inherited;
  CHECK(ets::find_table(dropped) == nullptr);
  REQUIRE(ets::find_table(kept) != nullptr);
  CHECK(info(other, kept, atoms::am_owner) == heir_pid);
  CHECK(info(other, kept, atoms::am_heir) == heir_pid);  // erl keeps the heir set
  // The fixation of the dead process is released; the table lives on.
  CHECK(info(other, others, atoms::am_fixed) == atoms::am_false);
  CHECK(ets::find_table(others) != nullptr);

  // The heir dies without an heir of its own: the table goes.
  ets::ets_process_exited(nullptr, heir_pid);
  CHECK(ets::find_table(kept) == nullptr);
  ets::ets_process_exited(&other, other.pid);
  CHECK(ets::find_table(others) == nullptr);
  ets::set_ets_transfer_sender(nullptr);
}

TEST_CASE("ets: key-bound patterns probe the table, partial keys use the tree", "[ets]") {
  bifs::register_bifs();
  Process p;
  p.pid = make_local_pid(50, 0);
  for (Term type : {atoms::am_set, atoms::am_ordered_set, atoms::am_bag}) {
    Term tab = ets_new(p, "probe", list(p, {type}));
    for (int i = 0; i < 2000; i++) {
      Term key = make_tuple2(&p, make_small(i % 50), make_small(i));
      Term obj = make_tuple2(&p, key, make_small(i));
      Term a[2] = {tab, obj};
      REQUIRE(bifs::ets_insert_2(&p, a) == atoms::am_true);
    }
    // Fully bound key: one probe (hash tables match the key's whole bucket,
    // as ERTS does; buckets hold about one key).
    Term key = make_tuple2(&p, make_small(7), make_small(107));
    Term pattern = make_tuple2(&p, key, atom("$1"));
    uint64_t before = ets::ets_objects_examined();
    Term a[2] = {tab, pattern};
    Term r = bifs::ets_match_2(&p, a);
    CHECK(ets::ets_objects_examined() - before <= (type == atoms::am_ordered_set ? 1u : 8u));
    CHECK(bifs::list_length(r) == 1);

    // Key bound through select with several clauses: one probe per key.
    Term body = list(p, {atom("$_")});
    Term c1 = make_tuple3(&p, make_tuple2(&p, key, atom("_")), make_nil(), body);
    Term k2 = make_tuple2(&p, make_small(8), make_small(108));
    Term c2 = make_tuple3(&p, make_tuple2(&p, k2, atom("_")), make_nil(), body);
    before = ets::ets_objects_examined();
    Term s[2] = {tab, list(p, {c1, c2})};
    r = bifs::ets_select_2(&p, s);
    CHECK(ets::ets_objects_examined() - before <= (type == atoms::am_ordered_set ? 2u : 16u));

    // Partially bound key: the ordered_set visits only its range (40
    // objects with first element 7); hash tables scan everything.
    Term partial = make_tuple2(&p, make_tuple2(&p, make_small(7), atom("_")), atom("$1"));
    before = ets::ets_objects_examined();
    Term m[2] = {tab, partial};
    r = bifs::ets_match_2(&p, m);
    uint64_t visited = ets::ets_objects_examined() - before;
    CHECK(bifs::list_length(r) == 40);
    if (type == atoms::am_ordered_set) {
      CHECK(visited == 40);
    } else {
      CHECK(visited == 2000);
    }
    Term d[1] = {tab};
    bifs::ets_delete_1(&p, d);
  }
}
