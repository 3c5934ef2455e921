// The generational collector (vm/gc.cpp): promotion at the high-water mark,
// minor collections that leave the old generation alone, fullsweeps,
// off-heap entries of both generations, heap fragments, sizes. Debug builds
// also run the heap verifier after every collection here.
#include <catch2/catch.hpp>

#include <vector>

#include "vm/bits.hpp"
#include "vm/copy.hpp"
#include "vm/exceptions.hpp"
#include "vm/literal_arena.hpp"
#include "vm/offheap.hpp"
#include "vm/process.hpp"
#include "vm/term_compare.hpp"

using namespace openbeam::vm;

namespace {

// A process with its own x registers, for collecting outside the scheduler.
struct TestProcess {
  Process p;
  Term regs[8];
  TestProcess() {
    for (Term& r : regs) r = make_nil();
    p.x = regs;
  }
};

Term int_list(Process& p, int64_t n) {
  std::vector<Term> v;
  for (int64_t i = 1; i <= n; i++) v.push_back(make_small(i));
  return make_list_of(&p, v.data(), v.size());
}

size_t list_length(Term l) {
  size_t n = 0;
  for (; is_list(l); l = cdr(l)) n++;
  return n;
}

bool in_young(const Process& p, Term t) {
  const Word* o = is_list(t) ? list_ptr(t) : boxed_ptr(t);
  return o >= p.heap_start && o < p.htop;
}
bool in_old(const Process& p, Term t) {
  const Word* o = is_list(t) ? list_ptr(t) : boxed_ptr(t);
  return o >= p.old_heap && o < p.old_htop;
}

}  // namespace

TEST_CASE("gc: heap sizes follow ERTS's series", "[gc]") {
  CHECK(next_heap_size(0) == 12);
  CHECK(next_heap_size(12) == 12);
  CHECK(next_heap_size(13) == 38);
  CHECK(next_heap_size(233) == 233);
  CHECK(next_heap_size(234) == 376);
  CHECK(heap_size_above(233) == 376);
  CHECK(heap_size_above(300) == 376);
  CHECK(next_heap_size(5000) == 6772);  // erl's min_heap_size for 5000
  CHECK(next_heap_size(46422) == 46422);
  // Past the Fibonacci stage the series grows by 20%.
  size_t a = next_heap_size(10'000'000);
  CHECK(heap_size_above(a) == a + a / 5);
}

TEST_CASE("gc: survivors are promoted at their second collection", "[gc]") {
  TestProcess tp;
  Process& p = tp.p;
  Term reference_arena_copy;
  TermArena arena;
  tp.regs[0] = int_list(p, 50);
  reference_arena_copy = copy_term(arena, tp.regs[0]);

  // First collection: nothing survived one yet, so it is a major one.
  p.garbage_collect(0, 1);
  CHECK(p.minor_gcs == 0);
  CHECK(p.old_heap == nullptr);
  CHECK(in_young(p, tp.regs[0]));
  CHECK(p.high_water == p.htop);

  // A new term made now is above the high-water mark.
  tp.regs[1] = make_tuple2(&p, tp.regs[0], make_small(7));
  p.garbage_collect(0, 2);
  CHECK(p.minor_gcs == 1);
  REQUIRE(p.old_heap != nullptr);
  CHECK(in_old(p, tp.regs[0]));    // survived twice: promoted
  CHECK(in_young(p, tp.regs[1]));  // survived once: still young
  CHECK(p.total_heap_words() == p.heap_words() + p.old_heap_words());
  Term old_list = tp.regs[0];

  p.garbage_collect(0, 2);
  CHECK(p.minor_gcs == 2);
  CHECK(in_old(p, tp.regs[1]));
  CHECK(tp.regs[0] == old_list);  // old data does not move in a minor collection
  CHECK(exact_equal(tp.regs[0], reference_arena_copy));
  CHECK(exact_equal(tuple_element(tp.regs[1], 1), reference_arena_copy));

  // A fullsweep brings everything back to one young heap.
  p.need_fullsweep = true;
  p.garbage_collect(0, 2);
  CHECK(p.minor_gcs == 0);
  CHECK(p.old_heap == nullptr);
  CHECK(in_young(p, tp.regs[0]));
  CHECK(p.total_heap_words() == p.heap_words());
  CHECK(exact_equal(tp.regs[0], reference_arena_copy));
}

TEST_CASE("gc: fullsweep_after bounds the minor collections in a row", "[gc]") {
  TestProcess tp;
  Process& p = tp.p;
  p.settings.fullsweep_after = 3;
  tp.regs[0] = int_list(p, 20);
  std::vector<uint32_t> counts;
  for (int i = 0; i < 9; i++) {
    p.garbage_collect(0, 1);
    counts.push_back(p.minor_gcs);
  }
  CHECK(counts == std::vector<uint32_t>{0, 1, 2, 3, 0, 1, 2, 3, 0});

  p.settings.fullsweep_after = 0;
  for (int i = 0; i < 3; i++) {
    p.garbage_collect(0, 1);
    CHECK(p.minor_gcs == 0);
    CHECK(p.old_heap == nullptr);
  }
}

TEST_CASE("gc: refc binaries of the old generation outlive minor collections", "[gc]") {
  TestProcess tp;
  Process& p = tp.p;
  std::vector<uint8_t> bytes(1000, 42);
  tp.regs[0] = make_tuple2(&p, make_binary(p, bytes.data(), bytes.size()), make_small(1));
  Term bin = tuple_element(tp.regs[0], 1);
  REQUIRE(boxed_subtag(bin) == Subtag::kRefcBinary);
  BinaryBlob* blob = offheap_blob(boxed_ptr(bin));
  blob->retain();  // the test's own reference, to watch the count
  CHECK(blob->refc.load() == 2);

  p.garbage_collect(0, 1);  // major
  p.garbage_collect(0, 1);  // minor: promoted
  REQUIRE(in_old(p, tp.regs[0]));
  CHECK(p.offheap_first == nullptr);
  CHECK(p.old_offheap_first == boxed_ptr(tuple_element(tp.regs[0], 1)));
  CHECK(blob->refc.load() == 2);

  // Unreferenced, but on the old heap: minor collections keep it.
  tp.regs[0] = make_nil();
  p.garbage_collect(0, 1);
  p.garbage_collect(0, 1);
  CHECK(blob->refc.load() == 2);
  // A fullsweep drops it.
  p.need_fullsweep = true;
  p.garbage_collect(0, 1);
  CHECK(blob->refc.load() == 1);
  CHECK(p.old_offheap_first == nullptr);
  CHECK(p.offheap_first == nullptr);

  // A young binary nobody references is released by a minor collection.
  tp.regs[0] = int_list(p, 5);
  p.garbage_collect(0, 1);  // something mature: the next one is minor
  Term young = make_binary(p, bytes.data(), bytes.size());
  BinaryBlob* b2 = offheap_blob(boxed_ptr(young));
  b2->retain();
  p.garbage_collect(0, 1);
  CHECK(p.minor_gcs > 0);
  CHECK(b2->refc.load() == 1);
  blob->release();
  b2->release();
}

TEST_CASE("gc: heap fragments are merged into the young generation", "[gc]") {
  TestProcess tp;
  Process& p = tp.p;
  // Far more than the heap holds: the rest goes to fragments.
  tp.regs[0] = int_list(p, 5000);
  CHECK(!p.fragments.empty());
  CHECK(p.total_heap_words() > p.heap_words());
  TermArena arena;
  Term expect = copy_term(arena, tp.regs[0]);
  p.garbage_collect(10, 1);
  CHECK(p.fragments.empty());
  CHECK(p.free_words() >= 10);
  CHECK(in_young(p, tp.regs[0]));
  CHECK(exact_equal(tp.regs[0], expect));
}

TEST_CASE("gc: garbage shrinks the heap, need grows it", "[gc]") {
  TestProcess tp;
  Process& p = tp.p;
  tp.regs[0] = int_list(p, 20000);
  p.garbage_collect(0, 1);
  size_t big = p.heap_words();
  CHECK(big >= 40000);
  tp.regs[0] = make_nil();
  p.need_fullsweep = true;
  p.garbage_collect(0, 1);
  CHECK(p.heap_words() < big / 4);
  p.garbage_collect(100000, 1);
  CHECK(p.free_words() >= 100000);
  CHECK(p.heap_words() == next_heap_size(p.heap_words()));
}

TEST_CASE("gc: hibernation shrinks the heap to the live data", "[gc]") {
  TestProcess tp;
  Process& p = tp.p;
  tp.regs[0] = int_list(p, 30);
  for (int i = 0; i < 3; i++) (void)int_list(p, 100);  // garbage
  p.garbage_collect(0, 1);
  p.garbage_collect(0, 1);
  uint32_t minors = p.minor_gcs;
  p.stop = p.heap_end;
  p.hibernate_heap(1);
  CHECK(p.old_heap == nullptr);
  CHECK(p.minor_gcs == minors);
  CHECK(p.heap_words() == 60 + 4);
  CHECK(p.total_heap_words() == p.heap_words());
  CHECK(list_length(tp.regs[0]) == 30);
}

TEST_CASE("gc: a store into surviving data makes the next collection a fullsweep", "[gc]") {
  TestProcess tp;
  Process& p = tp.p;
  tp.regs[0] = make_tuple2(&p, make_small(1), make_nil());
  p.garbage_collect(0, 1);  // major: the tuple is below high_water
  Word* t = boxed_ptr(tp.regs[0]);
  t[2] = int_list(p, 10).raw();  // like a memoised stack trace
  p.stored_into(t);
  CHECK(p.need_fullsweep);
  p.garbage_collect(0, 1);
  CHECK(p.minor_gcs == 0);
  CHECK(p.old_heap == nullptr);
  p.garbage_collect(0, 1);  // minor: promotes tuple and list together
  p.garbage_collect(0, 1);
  CHECK(p.minor_gcs == 2);
  CHECK(in_old(p, tp.regs[0]));
  CHECK(in_old(p, tuple_element(tp.regs[0], 2)));
  CHECK(list_length(tuple_element(tp.regs[0], 2)) == 10);
  // Young data needs no barrier.
  Term fresh = make_tuple2(&p, make_nil(), make_nil());
  p.stored_into(boxed_ptr(fresh));
  CHECK(!p.need_fullsweep);
}
