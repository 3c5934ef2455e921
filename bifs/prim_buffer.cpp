// prim_buffer's NIFs: byte queues behind resource references, used by
// prim_file for read-ahead and read_line (erts/preloaded/src/prim_buffer.erl).
//
// ERTS keeps an I/O queue of binaries; here the queue is one byte vector
// with a read offset, so peek_head/1 returns everything buffered as one
// binary (a valid head: prim_buffer.erl only splits what it gets). Errors
// as in ERTS's prim_buffer_nif.c: badarg for bad arguments, reading or
// skipping more than is buffered, or peeking an empty buffer; unlock/1 of
// an unlocked buffer raises lock_order_violation.
#include <algorithm>
#include <atomic>
#include <cstring>
#include <vector>

#include "bifs/bifs.hpp"
#include "bifs/iodata.hpp"
#include "vm/atom_table.hpp"
#include "vm/bits.hpp"
#include "vm/resource.hpp"

namespace openbeam::bifs {

using namespace vm;

namespace {

struct ByteQueue {
  std::vector<uint8_t> bytes;
  size_t head = 0;  // bytes before `head` are consumed
  std::atomic<int> locked{0};

  size_t size() const { return bytes.size() - head; }
  const uint8_t* data() const { return bytes.data() + head; }
  void consume(size_t n) {
    head += n;
    if (head == bytes.size()) {
      bytes.clear();
      head = 0;
    } else if (head > 4096 && head > bytes.size() / 2) {
      bytes.erase(bytes.begin(), bytes.begin() + ptrdiff_t(head));
      head = 0;
    }
  }
};

using BufferResource = Resource<ByteQueue>;

bool get_size(Term t, uint64_t* n) { return term_to_uint64(t, n); }

}  // namespace

Term nif_prim_buffer_new(Process* p, Term*) { return BufferResource::make(*p, nullptr); }

Term nif_prim_buffer_size(Process* p, Term* a) {
  ByteQueue* q = BufferResource::get(a[0]);
  if (!q) return badarg(p);
  return make_int_mag64(*p, q->size(), false);
}

Term nif_prim_buffer_copying_read(Process* p, Term* a) {
  ByteQueue* q = BufferResource::get(a[0]);
  uint64_t n;
  if (!q || !get_size(a[1], &n) || n > q->size()) return badarg(p);
  Term bin = make_binary(*p, q->data(), size_t(n));
  q->consume(size_t(n));
  return bin;
}

Term nif_prim_buffer_write(Process* p, Term* a) {
  ByteQueue* q = BufferResource::get(a[0]);
  if (!q) return badarg(p);
  std::vector<BitsView> parts;
  if (!iovec_views(a[1], &parts)) return badarg(p);
  for (const BitsView& v : parts) {
    for (size_t i = 0; i < v.bytes; i++) q->bytes.push_back(v.byte(i));
  }
  return atoms::am_ok;
}

Term nif_prim_buffer_peek_head(Process* p, Term* a) {
  ByteQueue* q = BufferResource::get(a[0]);
  if (!q || q->size() == 0) return badarg(p);
  return make_binary(*p, q->data(), q->size());
}

Term nif_prim_buffer_skip(Process* p, Term* a) {
  ByteQueue* q = BufferResource::get(a[0]);
  uint64_t n;
  if (!q || !get_size(a[1], &n) || n > q->size()) return badarg(p);
  q->consume(size_t(n));
  return atoms::am_ok;
}

Term nif_prim_buffer_find_byte_index(Process* p, Term* a) {
  ByteQueue* q = BufferResource::get(a[0]);
  int64_t needle;
  if (!q || !term_to_int64(a[1], &needle) || needle < INT32_MIN || needle > INT32_MAX) return badarg(p);
  if (needle < 0 || needle > 255) return badarg(p);
  const void* hit = std::memchr(q->data(), int(needle), q->size());
  if (!hit) return atoms::am_not_found;
  size_t at = size_t(static_cast<const uint8_t*>(hit) - q->data());
  return make_tuple2(p, atoms::am_ok, make_int_mag64(*p, at, false));
}

Term nif_prim_buffer_try_lock(Process* p, Term* a) {
  ByteQueue* q = BufferResource::get(a[0]);
  if (!q) return badarg(p);
  int expected = 0;
  return q->locked.compare_exchange_strong(expected, 1) ? atoms::am_acquired : atoms::am_busy;
}

Term nif_prim_buffer_unlock(Process* p, Term* a) {
  ByteQueue* q = BufferResource::get(a[0]);
  if (!q) return badarg(p);
  int expected = 1;
  if (!q->locked.compare_exchange_strong(expected, 0)) return raise_error(p, atoms::am_lock_order_violation);
  return atoms::am_ok;
}

}  // namespace openbeam::bifs
