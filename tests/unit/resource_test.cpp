// Resources (vm/resource.hpp): the native object lives exactly as long as
// some copy of its reference does, on a process heap (through collections),
// in an arena (messages, ETS, persistent_term), or in the saved-resource
// table only while alive. Destruction is invisible to conformance programs.
#include <catch2/catch.hpp>

#include "vm/copy.hpp"
#include "vm/literal_arena.hpp"
#include "vm/process.hpp"
#include "vm/resource.hpp"
#include "vm/term_compare.hpp"

using namespace openbeam::vm;

namespace {

int g_destroyed = 0;

struct Counted {
  int value;
  explicit Counted(int v) : value(v) {}
  ~Counted() { g_destroyed++; }
};

struct Other {
  int x = 0;
};

}  // namespace

TEST_CASE("a resource dies with its last reference", "[resource]") {
  g_destroyed = 0;
  Term regs[4] = {};
  Process p;
  p.x = regs;
  Counted* obj = nullptr;
  regs[0] = Resource<Counted>::make(p, &obj, 42);
  REQUIRE(obj->value == 42);
  REQUIRE(is_reference(regs[0]));
  REQUIRE(is_magic_ref(regs[0]));
  CHECK(Resource<Counted>::get(regs[0]) == obj);
  CHECK(Resource<Other>::get(regs[0]) == nullptr);  // the type tag decides

  // Survives collections while a register holds it (the copy is the same
  // reference), and a copy into an arena keeps it after the heap drops it.
  p.garbage_collect(0, 1);
  p.garbage_collect(0, 1);
  CHECK(g_destroyed == 0);
  CHECK(Resource<Counted>::get(regs[0]) == obj);
  auto arena = std::make_unique<TermArena>();
  Term copy = copy_term(*arena, regs[0]);
  CHECK(exact_equal(copy, regs[0]));
  regs[0] = make_nil();
  p.need_fullsweep = true;  // the heap's handle may sit in the old generation
  p.garbage_collect(0, 1);
  CHECK(g_destroyed == 0);
  CHECK(Resource<Counted>::get(copy)->value == 42);

  // Saved by term_to_binary: found by its numbers while alive, not after.
  save_resource(copy);
  RefNumbers r = local_ref_numbers(copy);
  BinaryBlob* found = find_saved_resource(r);
  REQUIRE(found != nullptr);
  found->release();  // the reference find_saved_resource took
  arena.reset();
  CHECK(g_destroyed == 1);
  CHECK(find_saved_resource(r) == nullptr);
}

TEST_CASE("a dying process releases its resources", "[resource]") {
  g_destroyed = 0;
  {
    Process p;
    for (int i = 0; i < 10; i++) (void)Resource<Counted>::make(p, nullptr, i);
    CHECK(g_destroyed == 0);
  }
  CHECK(g_destroyed == 10);
}

TEST_CASE("a collection drops unreachable resources", "[resource]") {
  g_destroyed = 0;
  Term regs[2] = {};
  Process p;
  p.x = regs;
  regs[0] = Resource<Counted>::make(p, nullptr, 1);
  (void)Resource<Counted>::make(p, nullptr, 2);  // garbage at once
  p.garbage_collect(0, 1);
  CHECK(g_destroyed == 1);
  CHECK(Resource<Counted>::get(regs[0])->value == 1);
  p.garbage_collect(0, 0);
  CHECK(g_destroyed == 2);
}
