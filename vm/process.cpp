// Process heaps: allocation and heap fragments (the collector is in
// vm/gc.cpp).
#include "vm/process.hpp"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <cstdio>
#include <string>

#include "vm/binary.hpp"
#include "vm/offheap.hpp"

namespace openbeam::vm {

ProcessSettings& process_defaults() {
  static ProcessSettings s;
  return s;
}

namespace {
bool g_torture_new = false;
}
void set_gc_torture_for_new_processes(bool on) { g_torture_new = on; }

Process::Process() {
  if (g_torture_new) set_gc_torture(true);
  size_t n = settings.min_heap_size;
  heap_start = static_cast<Word*>(std::malloc(n * sizeof(Word)));
  heap_end = heap_start + n;
  htop = heap_start;
  high_water = heap_start;
  stop = heap_end;
}

Process::~Process() {
  offheap_release_all(offheap_first);
  offheap_release_all(old_offheap_first);
  std::free(heap_start);
  std::free(old_heap);
  std::free(spare_);
}

size_t Process::memory_bytes() const {
  size_t n = sizeof(Process) + (heap_words() + old_heap_words() + spare_size_) * sizeof(Word);
  for (const HeapFragment& f : fragments) n += f.size * sizeof(Word);
  n += mq.size() * sizeof(Message) + mq.marker_bytes() + sigq.size() * SignalQueue::kNodeBytes;
  n += saved_cap * sizeof(Term);
  // Like ERTS, links, monitors and the dictionary count as the process's memory.
  n += links.capacity() * sizeof(Term);
  n += (monitors.capacity() + monitored_by.capacity()) * sizeof(MonitorLink);
  n += dict.capacity() * sizeof(dict[0]);
  return n;
}

void Process::save_x(const Term* regs, unsigned n) {
  if (n > saved_cap) {
    saved_cap = n;  // exact: an idle process keeps only what it saved
    saved_x.reset(new Term[saved_cap]);
  }
  for (unsigned i = 0; i < n; i++) saved_x[i] = regs[i];
  arity = n;
}

Word* Process::alloc_fragment(size_t words) {
  // No collection here: take a heap fragment, merged at the next GC.
  if (fragments.empty() || fragments.back().size - fragments.back().used < words) {
    HeapFragment f;
    f.size = std::max<size_t>(words, 1024);
    f.words.reset(new Word[f.size]);
    fragments.push_back(std::move(f));
  }
  must_collect_ = true;
  HeapFragment& f = fragments.back();
  Word* p = f.words.get() + f.used;
  f.used += words;
  return p;
}

void Process::own_blob(Word* procbin) {
  offheap_push(&offheap_first, procbin);
  // A new blob counts towards the binary virtual heap: past its size a
  // collection is due at the next safe point (ERTS's bin_vheap_sz). A
  // handle on a shared blob (an in-place append, a copy) is counted by the
  // next collection, which recounts the survivors.
  if (offheap_blob(procbin)->refc.load(std::memory_order_relaxed) == 1) {
    bin_vheap += offheap_vheap_words(procbin);
    if (bin_vheap > bin_vheap_sz) must_collect_ = true;
  }
}

}  // namespace openbeam::vm
