// A process: its heap, its stack, its registers' home, its exception state.
//
// Memory layout (like ERTS): a young generation block, an old generation
// block, heap fragments.
//
//   heap_start      high_water      htop              stop              heap_end
//   | survived a GC  | newer terms ->  |  ...free...     | <- stack grows down |
//
//   old_heap                 old_htop                 old_end
//   | promoted terms          |  ...free...             |
//
//   Stack frames: [CP][y0][y1]...[yN-1]; E (== stop) points at the CP of the
//   current frame. A CP is a code address (8-aligned, primary tag 00, so it
//   is never mistaken for a term); catch markers are immediates.
//
// Invariants
//   * Nothing outside the process points into its heap.
//   * The old generation never points into the young one (nor into heap
//     fragments): it is written only by the collector, which promotes whole
//     subgraphs (vm/gc.cpp). Terms are immutable; the only in-place store,
//     set_tuple_element, writes into a tuple made since the last collection.
//   * Young data below high_water survived one collection; the next minor
//     collection moves it to the old generation.
//   * Term-building code never collects: when the heap is full, `alloc`
//     hands out heap fragments; the next collection merges them.
//   * Collections happen only at safe points that pass their live x
//     register count (test_heap, allocate, ...).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "vm/allocator.hpp"
#include "vm/mailbox.hpp"
#include "vm/term.hpp"

namespace openbeam::vm {

constexpr unsigned kMaxXRegs = 1024;
constexpr unsigned kMaxFRegs = 1024;
// Returned by a BIF that continues in Erlang code (ERTS's BIF_TRAP): see
// bif_trap() in vm/interp.hpp. Also a header word, never a term.
constexpr Term kTrap = Term(make_header(Subtag::kTuple, 1));

// Exception classes (ERTS's EXC_ERROR/EXIT/THROW) and flags.
enum class ExcClass : uint8_t { kError, kExit, kThrow };

struct ExportEntry;

// What a raise site knows beyond class and reason, for the stack trace.
// Set by raise_error & co. and the interpreter, consumed (and cleared) when
// the stack trace is built.
struct RaiseDetail {
  const ExportEntry* mfa = nullptr;  // BIF or undefined function that raised
  Term args = kNonValue;             // its arguments, or function_clause's
  Term caller_args = kNonValue;      // erlang:error/2,3: args of the caller's frame
  Term bs_cause = kNonValue;         // <<...>> construction: error_info cause
  Term error_info = kNonValue;       // erlang:error/3's error_info option
  Term cause = kNonValue;            // a BIF's error_info cause (badopt, ...)
  bool preset_trace = false;         // erlang:raise/3 supplied the trace

  void clear() { *this = RaiseDetail{}; }
  // Calls f(Term&) on every term field (garbage collection roots).
  template <class F>
  void for_each_term(F f) {
    f(args);
    f(caller_args);
    f(bs_cause);
    f(error_info);
    f(cause);
  }
};

// Scheduling state (vm/scheduler.cpp).
enum class ProcState : uint8_t {
  kRunnable,  // in a run queue
  kRunning,   // on a scheduler
  kWaiting,   // in receive, no matching message yet
  kExiting,   // terminated; resources released when it leaves the scheduler
};
enum class Priority : uint8_t { kMax, kHigh, kNormal, kLow };

// A monitor as one side sees it (ERTS keeps both sides too).
struct MonitorLink {
  StoredRef ref;
  Term other;                 // origin side: the monitored pid; target side: the watcher
  Term name = kNonValue;      // monitored registered name, or kNonValue for a pid
  Term tag = kNonValue;       // {tag, T} option: DOWN message tag (kNonValue: 'DOWN');
                              // a boxed tag lives in tag_arena
  std::shared_ptr<TermAllocator> tag_arena;
  bool alias = false;         // origin side: the reference is also an alias
};

struct HeapFragment {
  std::unique_ptr<Word[]> words;  // uninitialised (no zeroing cost)
  size_t size = 0;
  size_t used = 0;
};

// Per-process settings of spawn_opt/4 and process_flag/2 (GC sizes in
// words, rounded like ERTS).
struct ProcessSettings {
  size_t min_heap_size = 233;
  size_t min_bin_vheap_size = 46422;
  int64_t fullsweep_after = 65535;
  bool off_heap_messages = false;  // message_queue_data
  bool sensitive = false;
  // max_heap_size: 0 = no limit; over the limit after a collection the
  // process is killed (kill) and reported on stderr (error_logger).
  size_t max_heap_size = 0;
  bool max_heap_kill = true;
  bool max_heap_log = true;
};

// The settings new processes start with (erlang:system_flag/2 changes
// fullsweep_after, min_heap_size, min_bin_vheap_size, max_heap_size).
ProcessSettings& process_defaults();

// Collections of all processes so far and the words they freed
// (statistics(garbage_collection)).
struct GcTotals {
  uint64_t collections = 0;
  uint64_t words_reclaimed = 0;
};
GcTotals gc_totals();

// ERTS's heap size series: the smallest size >= `words`.
size_t next_heap_size(size_t words);
// The smallest size of the series > `words`.
size_t heap_size_above(size_t words);

struct Process final : public TermAllocator {
  Process();
  ~Process() override;
  Process(const Process&) = delete;
  Process& operator=(const Process&) = delete;

  // ---- TermAllocator: never collects -----------------------------------
  Word* alloc(size_t words) override {
    if (size_t(stop - htop) >= words) [[likely]] {
      Word* p = htop;
      htop += words;
      return p;
    }
    return alloc_fragment(words);
  }
  Word* alloc_fragment(size_t words);
  void set_gc_torture(bool on) {
    gc_torture = on;
    must_collect_ = on || !fragments.empty();
  }
  void own_blob(Word* entry) override;

  // Ensures `need` free words between htop and stop, collecting with the
  // first `live` x registers as roots if necessary.
  // False when the collection found the heap over max_heap_size with
  // kill set: the process must then exit with `killed`.
  bool ensure_heap(size_t need, unsigned live) {
    if (size_t(stop - htop) >= need && !must_collect_) [[likely]] return true;
    garbage_collect(need, live);
    return !max_heap_exceeded();
  }
  // After a collection: over max_heap_size (reported once, if so set).
  bool max_heap_exceeded();
  // A collection (vm/gc.cpp): minor (young generation only) unless a
  // fullsweep is due (need_fullsweep, fullsweep_after minor ones done, no
  // room in the old generation); afterwards at least `need` words are free.
  void garbage_collect(size_t need, unsigned live);
  // A major collection into a new young block of exactly `size` words (must
  // fit the live data and the stack).
  void collect_into(size_t size, unsigned live);
  // erlang:hibernate/3: a major collection, then the young block shrunk to
  // the live data (the stack must be empty).
  void hibernate_heap(unsigned live);
  // process_info heap_size: the young block (heap and stack), like ERTS.
  size_t heap_words() const { return size_t(heap_end - heap_start); }
  size_t old_heap_words() const { return size_t(old_end - old_heap); }
  bool in_old_heap(const Word* w) const { return w >= old_heap && w < old_htop; }
  // Write barrier for the rare in-place store of a newer term into an
  // existing object: old or soon-promoted data must not keep a pointer
  // into the young generation through a minor collection, so the next
  // collection is a fullsweep.
  void stored_into(const Word* object) {
    if (in_old_heap(object) || (object >= heap_start && object < high_water)) need_fullsweep = true;
  }
  // process_info total_heap_size: young + old + heap fragments.
  size_t total_heap_words() const;
  // process_info(P, memory): this structure, its heap block and fragments.
  size_t memory_bytes() const;
  size_t free_words() const { return size_t(stop - htop); }

  Word* heap_start = nullptr;
  Word* heap_end = nullptr;
  Word* htop = nullptr;
  Word* stop = nullptr;  // also E, the current stack frame
  std::vector<HeapFragment> fragments;
  Word* high_water = nullptr;
  Word* old_heap = nullptr;  // null until a minor collection promotes data
  Word* old_htop = nullptr;
  Word* old_end = nullptr;
  // Off-heap entries (refc binaries, resources; vm/offheap.hpp) chained through their `next`
  // word: those on the young heap and fragments, and those on the old heap.
  Word* offheap_first = nullptr;
  Word* old_offheap_first = nullptr;
  // Binary "virtual heap" (words of off-heap data referenced), as ERTS: past
  // bin_vheap_sz a collection is due; past bin_old_vheap_sz a fullsweep.
  uint64_t bin_vheap = 0;
  uint64_t bin_vheap_sz = 46422;
  uint64_t bin_old_vheap = 0;
  uint64_t bin_old_vheap_sz = 46422;
  uint32_t minor_gcs = 0;       // since the last fullsweep (process_info)
  bool need_fullsweep = false;  // the next collection is a major one

  Term pid = make_local_pid(0, 0);
  // The registers of the scheduler running this process (null otherwise).
  Term* x = nullptr;
  double* fr = nullptr;

  // ---- while not running: where to resume (vm/scheduler.cpp) ------------
  const Word* pc = nullptr;
  const Word* cp = nullptr;
  unsigned arity = 0;                // x registers saved in saved_x
  uint32_t suspended = 0;            // erlang:suspend_process/1,2 count (vm/suspend.hpp)
  std::unique_ptr<Term[]> saved_x;   // capacity saved_cap
  unsigned saved_cap = 0;
  void save_x(const Term* regs, unsigned n);

  // ---- processes: state, signals, messages (vm/signals.cpp) ------------
  ProcState state = ProcState::kRunnable;
  Priority priority = Priority::kNormal;
  bool trap_exit = false;
  bool in_runq = false;
  bool timed_out = false;           // the receive timeout fired
  uint64_t recv_timer = 0;          // pending receive timeout (0: none)
  bool yield_requested = false;     // erlang:yield/0 and friends
  bool hibernate_requested = false; // erlang:hibernate/3 (x0..x2: M, F, A)
  bool hibernated = false;          // waiting in erlang:hibernate/3
  bool gc_requested = false;        // erlang:garbage_collect/0: collect after the BIF
  bool attention = false;           // check signals / yield right after this BIF
  int64_t bif_reds = 0;             // reductions a BIF charged for a long input
                                    // (taken, with attention, right after it)
  bool crashed = false;             // terminated by an uncaught exception
  bool system_process = false;      // erts_internal:spawn_system_process/3
  Term error_handler = kNonValue;   // process_flag(error_handler, M); kNonValue: error_handler
  int node_monitors = 0;            // process_flag(monitor_nodes, true) calls
  MessageQueue mq;
  SignalQueue sigq;                 // signals not yet handled, in order
  Term registered_name = kNonValue;
  Term group_leader = kNonValue;
  Term initial_call[3] = {kNonValue, kNonValue, kNonValue};  // M, F, arity
  std::vector<Term> links;           // linked pids (immediates)
  std::vector<MonitorLink> monitors;      // monitors this process holds
  std::vector<MonitorLink> monitored_by;  // monitors held on this process
  Term exit_reason = kNonValue;     // set when the process terminates

  // Exception in flight (set by BIFs returning kNonValue and by `raise`).
  ExcClass exc_class = ExcClass::kError;
  Term exc_reason = kNonValue;
  Term exc_stacktrace = kNonValue;  // list of {M,F,A,Loc}, or kNonValue
  RaiseDetail raise;                // what the raise site knew (see above)
  const ExportEntry* trap_to = nullptr;  // set with kTrap (bif_trap)
  int64_t catches = 0;              // active catch/try markers on the stack

  // The process dictionary, in insertion order.
  std::vector<std::pair<Term, Term>> dict;

  ProcessSettings settings;
  int64_t reductions = 0;
  uint64_t gc_count = 0;
  bool gc_torture = false;  // collect at every safe point, minor and major alternately (debug aid)

 private:
  bool must_collect_ = false;  // torture mode, heap fragments to merge, binary vheap full
  bool heap_grow_ = false;     // grow at the next fullsweep (ERTS's F_HEAP_GROW)
  bool torture_major_ = false; // torture: the next collection is a major one
  Word* spare_ = nullptr;  // previous from-space, reused when sizes match
  size_t spare_size_ = 0;
  // vm/gc.cpp
  bool minor_collection(size_t need, unsigned live);
  void major_collection(size_t need, unsigned live, size_t exact_size);
  void resize_young(size_t size, unsigned live);
  Word* take_block(size_t size);
  void drop_block(Word* block, size_t size);
  void after_collection(size_t used_before, unsigned live);

 public:
};

// OPENBEAM_GC_TORTURE: processes created from now on collect at every safe point.
void set_gc_torture_for_new_processes(bool on);

// Raises from a BIF: sets the exception and returns kNonValue.
Term raise_error(Process* p, Term reason);
Term raise_exit(Process* p, Term reason);
Term raise_throw(Process* p, Term reason);
inline Term badarg(Process* p);

}  // namespace openbeam::vm

#include "vm/atom_table.hpp"

namespace openbeam::vm {
inline Term badarg(Process* p) { return raise_error(p, atoms::am_badarg); }
}  // namespace openbeam::vm
