// The NIFs of the preloaded zlib module over the system zlib. Streams are
// resources (vm/resource.hpp); zlib.erl drives them unmodified.
//
// Semantics are ERTS 13's (erts/emulator/nifs/common/zlib_nif.c):
//   * only the controlling process (the opener, or set_controlling_process's
//     pid) may use a stream: error not_on_controlling_process;
//   * input is queued by enqueue_nif/2 and consumed by deflate_nif/inflate_nif
//     in chunks: at most input_chunk bytes of queued blocks per call (a block
//     is taken whole up to the limit, as ERTS walks its I/O queue), output at
//     most output_chunk bytes, answered {continue, Out}, {finished, Out} or
//     {need_dictionary, Adler, Out};
//   * zlib errors: Z_STREAM_ERROR and Z_DATA_ERROR raise stream_error /
//     data_error, other codes are returned as atoms (buf_error, ...); no
//     progress at all on queued input is a data_error;
//   * inflate after the end of the stream with input left: EoS behaviour
//     error (data_error), reset (a new stream: gunzip of concatenated
//     members) or cut (the rest is dropped);
//   * inflateEnd before the end of the stream, or with input left, is a
//     data_error (truncated data), and so is deflateEnd with input left.
// ERTS also stops a chunk early when the process's time slice runs out;
// OpenBEAM does not, so chunk boundaries follow the sizes alone.
#include <zlib.h>

#include <deque>
#include <memory>
#include <vector>

#include "bifs/bifs.hpp"
#include "bifs/iodata.hpp"
#include "vm/atom_table.hpp"
#include "vm/bits.hpp"
#include "vm/copy.hpp"
#include "vm/literal_arena.hpp"
#include "vm/resource.hpp"

namespace openbeam::bifs {

using namespace vm;

namespace {

constexpr int kEosError = 0, kEosReset = 1, kEosCut = 2;
constexpr size_t kInflateDictSize = 32768;

struct ZStream {
  enum State { kNone, kDeflate, kInflate, kClosed };
  z_stream s{};
  State state = kNone;
  Term controller;
  int eos_behavior = kEosCut;
  bool eos_seen = false;
  bool is_raw = false;
  bool want_output_crc = false, want_input_crc = false;
  uLong output_crc = crc32(0, Z_NULL, 0), input_crc = crc32(0, Z_NULL, 0);
  std::deque<std::vector<uint8_t>> queue;  // input blocks
  size_t queue_head = 0;                   // bytes of queue.front() consumed
  size_t queue_bytes = 0;
  std::unique_ptr<TermArena> stash_arena;  // holds the stash term
  Term stash = kNonValue;
  int chunk_buffer_size = 4000;  // inflateChunk's output size

  explicit ZStream(Term pid) : controller(pid) { s.data_type = Z_BINARY; }
  ~ZStream() { close(); }
  void close() {
    if (state == kDeflate) deflateEnd(&s);
    else if (state == kInflate) inflateEnd(&s);
    if (state != kClosed) clear_stash();
    state = kClosed;
  }
  void clear_stash() {
    stash_arena.reset();
    stash = kNonValue;
  }
  void reset_input() {
    queue.clear();
    queue_head = 0;
    queue_bytes = 0;
    clear_stash();
  }
  void dequeue(size_t n) {
    queue_bytes -= n;
    while (n) {
      size_t left = queue.front().size() - queue_head;
      if (n < left) {
        queue_head += n;
        return;
      }
      n -= left;
      queue.pop_front();
      queue_head = 0;
    }
  }
};

using ZResource = Resource<ZStream>;

// The stream in a[0] for the controlling process; raises otherwise.
ZStream* stream(Process* p, Term* a) {
  ZStream* z = ZResource::get(a[0]);
  if (!z) {
    badarg(p);
    return nullptr;
  }
  if (z->controller != p->pid) {
    raise_error(p, atoms::am_not_on_controlling_process);
    return nullptr;
  }
  return z;
}

ZStream* stream_in(Process* p, Term* a, ZStream::State want) {
  ZStream* z = stream(p, a);
  if (z && z->state != want) {
    raise_error(p, atoms::am_not_initialized);
    return nullptr;
  }
  return z;
}

// ERTS's enif_get_int.
bool get_int(Term t, int* v) {
  int64_t x;
  if (!term_to_int64(t, &x) || x < INT32_MIN || x > INT32_MAX) return false;
  *v = int(x);
  return true;
}

// ERTS's zlib_return: a zlib result code as a term, or raised.
Term zlib_result(Process* p, int code) {
  switch (code) {
    case Z_OK: return atoms::am_ok;
    case Z_STREAM_END: return atoms::am_stream_end;
    case Z_ERRNO: return make_small(errno);
    case Z_STREAM_ERROR: return raise_error(p, atoms::am_stream_error);
    case Z_DATA_ERROR: return raise_error(p, atoms::am_data_error);
    case Z_MEM_ERROR: return atoms::am_mem_error;
    case Z_BUF_ERROR: return atoms::am_buf_error;
    case Z_VERSION_ERROR: return atoms::am_version_error;
    default: return atoms::am_unknown_error;
  }
}

// enif_make_int of an unsigned 32-bit checksum (wraps like ERTS).
Term int_checksum(uLong v) { return make_small(int32_t(uint32_t(v))); }

// The iodata `t` as one byte string (enif_inspect_iolist_as_binary).
bool iolist_bytes(Term t, std::vector<uint8_t>* out) {
  return for_each_iodata_chunk(t, [&](const uint8_t* b, size_t n) { out->insert(out->end(), b, b + n); });
}

using Codec = int (*)(z_streamp, int);

// One chunk of deflate/inflate work (ERTS's zlib_codec + zlib_flush_queue).
Term codec_step(Process* p, ZStream* z, Codec codec, size_t in_limit, size_t out_size, int flush) {
  std::vector<uint8_t> out(out_size);
  z->s.next_out = out.data();
  z->s.avail_out = uInt(out_size);
  int res = Z_OK;
  size_t consumed = 0;
  size_t head = z->queue_head;
  for (size_t i = 0; res == Z_OK && i < z->queue.size() && consumed < in_limit; i++) {
    std::vector<uint8_t>& block = z->queue[i];
    size_t off = i == 0 ? head : 0;
    size_t len = std::min(block.size() - off, in_limit);
    z->s.next_in = block.data() + off;
    z->s.avail_in = uInt(len);
    res = codec(&z->s, Z_NO_FLUSH);
    size_t used = len - z->s.avail_in;
    consumed += used;
    if (z->want_input_crc) z->input_crc = crc32(z->input_crc, block.data() + off, uInt(used));
  }
  z->dequeue(consumed);
  size_t remaining = z->queue_bytes;
  if (res == Z_OK && remaining == 0 && z->s.avail_out > 0) {
    // End of the input: flush zlib's state (a no-op if nothing is pending).
    z->s.next_in = nullptr;
    z->s.avail_in = 0;
    res = codec(&z->s, flush);
  }
  size_t produced = out_size - z->s.avail_out;
  if (res < 0 && res != Z_BUF_ERROR) return zlib_result(p, res);
  if (res == Z_STREAM_END) z->eos_seen = true;
  if (z->want_output_crc) z->output_crc = crc32(z->output_crc, out.data(), uInt(produced));
  if (consumed == 0 && produced == 0 && remaining != 0) return zlib_result(p, Z_DATA_ERROR);
  Term output = make_nil();
  if (produced > 0) {
    Term bin = make_binary(*p, out.data(), produced);
    output = make_list_from(p, &bin, 1);
  }
  if (remaining == 0 && produced < out_size) return make_tuple2(p, atoms::am_finished, output);
  if (res != Z_NEED_DICT) return make_tuple2(p, atoms::am_continue, output);
  return make_tuple3(p, atoms::am_need_dictionary, int_checksum(z->s.adler), output);
}

}  // namespace

// ---- life cycle ----------------------------------------------------------------

Term nif_zlib_open(Process* p, Term*) { return ZResource::make(*p, nullptr, p->pid); }

Term nif_zlib_close(Process* p, Term* a) {
  ZStream* z = stream(p, a);
  if (!z) return kNonValue;
  if (z->state == ZStream::kClosed) return raise_error(p, atoms::am_not_initialized);
  z->close();
  return atoms::am_ok;
}

Term nif_zlib_set_controller(Process* p, Term* a) {
  ZStream* z = ZResource::get(a[0]);
  if (!z || !is_local_pid(a[1])) return badarg(p);
  if (z->controller != p->pid) return raise_error(p, atoms::am_not_on_controlling_process);
  z->controller = a[1];
  return atoms::am_ok;
}

Term nif_zlib_enqueue(Process* p, Term* a) {
  ZStream* z = stream(p, a);
  if (!z) return kNonValue;
  if (z->state != ZStream::kDeflate && z->state != ZStream::kInflate) {
    return raise_error(p, atoms::am_not_initialized);
  }
  std::vector<BitsView> parts;
  if (!iovec_views(a[1], &parts)) return badarg(p);
  std::vector<uint8_t> scratch;
  for (const BitsView& v : parts) {
    if (v.bytes == 0) continue;
    const uint8_t* d = view_bytes(v, scratch);
    z->queue.emplace_back(d, d + v.bytes);
    z->queue_bytes += v.bytes;
  }
  return atoms::am_ok;
}

// ---- deflate ---------------------------------------------------------------------

Term nif_zlib_deflateInit(Process* p, Term* a) {
  ZStream* z = ZResource::get(a[0]);
  int level, method, bits, mem, strategy;
  if (!z || !get_int(a[1], &level) || !get_int(a[2], &method) || !get_int(a[3], &bits) || !get_int(a[4], &mem) ||
      !get_int(a[5], &strategy)) {
    return badarg(p);
  }
  if (z->controller != p->pid) return raise_error(p, atoms::am_not_on_controlling_process);
  if (z->state != ZStream::kNone) return raise_error(p, atoms::am_already_initialized);
  int res = deflateInit2(&z->s, level, method, bits, mem, strategy);
  if (res == Z_OK) {
    z->state = ZStream::kDeflate;
    z->eos_seen = false;
    z->is_raw = bits < 0;
    z->want_output_crc = false;
    z->want_input_crc = z->is_raw;
    z->output_crc = z->input_crc = crc32(0, Z_NULL, 0);
  }
  return zlib_result(p, res);
}

Term nif_zlib_deflateSetDictionary(Process* p, Term* a) {
  std::vector<uint8_t> dict;
  if (!ZResource::get(a[0]) || !iolist_bytes(a[1], &dict)) return badarg(p);
  ZStream* z = stream_in(p, a, ZStream::kDeflate);
  if (!z) return kNonValue;
  int res = deflateSetDictionary(&z->s, dict.data(), uInt(dict.size()));
  if (res != Z_OK) return zlib_result(p, res);
  // Raw streams do not compute the checksum: ERTS works it out itself.
  return int_checksum(z->is_raw ? adler32(0, dict.data(), uInt(dict.size())) : z->s.adler);
}

Term nif_zlib_deflateReset(Process* p, Term* a) {
  ZStream* z = stream_in(p, a, ZStream::kDeflate);
  if (!z) return kNonValue;
  int res = deflateReset(&z->s);
  z->input_crc = crc32(0, Z_NULL, 0);
  z->eos_seen = false;
  z->reset_input();
  return zlib_result(p, res);
}

Term nif_zlib_deflateEnd(Process* p, Term* a) {
  ZStream* z = stream_in(p, a, ZStream::kDeflate);
  if (!z) return kNonValue;
  int res = deflateEnd(&z->s);
  if (res == Z_OK && z->queue_bytes > 0) res = Z_DATA_ERROR;
  z->reset_input();
  z->state = ZStream::kNone;
  return zlib_result(p, res);
}

Term nif_zlib_deflateParams(Process* p, Term* a) {
  ZStream* z0 = ZResource::get(a[0]);
  int level, strategy;
  if (!z0 || !get_int(a[1], &level) || !get_int(a[2], &strategy)) return badarg(p);
  ZStream* z = stream_in(p, a, ZStream::kDeflate);
  if (!z) return kNonValue;
  // zlib.erl flushed everything before: a one-byte buffer catches any
  // output deflateParams would still produce (ERTS does the same).
  Bytef dummy;
  z->s.next_out = &dummy;
  z->s.avail_out = 1;
  int res = deflateParams(&z->s, level, strategy);
  if (z->s.avail_out == 0) return zlib_result(p, Z_STREAM_ERROR);
  return zlib_result(p, res);
}

namespace {
// deflate_nif / inflate_nif arguments: input and output chunk sizes, flush.
bool codec_args(Term* a, int* in, int* out, int* flush) {
  return get_int(a[1], in) && get_int(a[2], out) && get_int(a[3], flush);
}
}  // namespace

Term nif_zlib_deflate(Process* p, Term* a) {
  int in, out, flush;
  if (!ZResource::get(a[0]) || !codec_args(a, &in, &out, &flush)) return badarg(p);
  ZStream* z = stream_in(p, a, ZStream::kDeflate);
  if (!z) return kNonValue;
  return codec_step(p, z, deflate, size_t(in), size_t(out), flush);
}

// ---- inflate ---------------------------------------------------------------------

Term nif_zlib_inflateInit(Process* p, Term* a) {
  ZStream* z = ZResource::get(a[0]);
  int bits, eos;
  if (!z || !get_int(a[1], &bits) || !get_int(a[2], &eos)) return badarg(p);
  if (z->controller != p->pid) return raise_error(p, atoms::am_not_on_controlling_process);
  if (z->state != ZStream::kNone) return raise_error(p, atoms::am_already_initialized);
  int res = inflateInit2(&z->s, bits);
  if (res == Z_OK) {
    z->state = ZStream::kInflate;
    z->eos_behavior = eos;
    z->eos_seen = false;
    z->is_raw = bits < 0;
    z->want_output_crc = z->is_raw;
    z->want_input_crc = false;
    z->output_crc = z->input_crc = crc32(0, Z_NULL, 0);
  }
  return zlib_result(p, res);
}

Term nif_zlib_inflateSetDictionary(Process* p, Term* a) {
  std::vector<uint8_t> dict;
  if (!ZResource::get(a[0]) || !iolist_bytes(a[1], &dict)) return badarg(p);
  ZStream* z = stream_in(p, a, ZStream::kInflate);
  if (!z) return kNonValue;
  return zlib_result(p, inflateSetDictionary(&z->s, dict.data(), uInt(dict.size())));
}

Term nif_zlib_inflateGetDictionary(Process* p, Term* a) {
  ZStream* z = stream_in(p, a, ZStream::kInflate);
  if (!z) return kNonValue;
  std::vector<uint8_t> dict(kInflateDictSize);
  uInt len = 0;
  int res = inflateGetDictionary(&z->s, dict.data(), &len);
  if (res < 0) return zlib_result(p, res);
  return make_binary(*p, dict.data(), len);
}

Term nif_zlib_inflateReset(Process* p, Term* a) {
  ZStream* z = stream_in(p, a, ZStream::kInflate);
  if (!z) return kNonValue;
  int res = inflateReset(&z->s);
  z->output_crc = crc32(0, Z_NULL, 0);
  z->eos_seen = false;
  z->reset_input();
  return zlib_result(p, res);
}

Term nif_zlib_inflateEnd(Process* p, Term* a) {
  ZStream* z = stream_in(p, a, ZStream::kInflate);
  if (!z) return kNonValue;
  int res = inflateEnd(&z->s);
  if (res == Z_OK && (!z->eos_seen || z->queue_bytes > 0)) res = Z_DATA_ERROR;
  z->reset_input();
  z->state = ZStream::kNone;
  return zlib_result(p, res);
}

Term nif_zlib_inflate(Process* p, Term* a) {
  int in, out, flush;
  if (!ZResource::get(a[0]) || !codec_args(a, &in, &out, &flush)) return badarg(p);
  ZStream* z = stream_in(p, a, ZStream::kInflate);
  if (!z) return kNonValue;
  if (z->eos_seen && z->queue_bytes > 0) {
    switch (z->eos_behavior) {
      case kEosError:
        return zlib_result(p, Z_DATA_ERROR);
      case kEosReset: {
        int res = inflateReset(&z->s);
        if (res != Z_OK) return zlib_result(p, res);
        z->eos_seen = false;
        break;
      }
      case kEosCut:
        z->reset_input();
        break;
    }
  }
  return codec_step(p, z, inflate, size_t(in), size_t(out), flush);
}

// ---- checksum, stash, inflateChunk's buffer size ------------------------------------

Term nif_zlib_crc32(Process* p, Term* a) {
  ZStream* z = stream(p, a);
  if (!z) return kNonValue;
  if (z->state == ZStream::kDeflate) return make_small(int64_t(z->input_crc));
  if (z->state == ZStream::kInflate) return make_small(int64_t(z->output_crc));
  return raise_error(p, atoms::am_not_initialized);
}

Term nif_zlib_getStash(Process* p, Term* a) {
  ZStream* z = stream(p, a);
  if (!z) return kNonValue;
  if (z->stash == kNonValue) return atoms::am_empty;
  return make_tuple2(p, atoms::am_ok, copy_term(*p, z->stash));
}

Term nif_zlib_clearStash(Process* p, Term* a) {
  ZStream* z = stream(p, a);
  if (!z) return kNonValue;
  z->clear_stash();
  return atoms::am_ok;
}

Term nif_zlib_setStash(Process* p, Term* a) {
  ZStream* z = stream(p, a);
  if (!z) return kNonValue;
  if (z->stash != kNonValue) return raise_error(p, atoms::am_error);
  z->stash_arena = std::make_unique<TermArena>();
  z->stash = copy_term(*z->stash_arena, a[1]);
  return atoms::am_ok;
}

Term nif_zlib_getBufSize(Process* p, Term* a) {
  ZStream* z = stream(p, a);
  if (!z) return kNonValue;
  return make_small(z->chunk_buffer_size);
}

Term nif_zlib_setBufSize(Process* p, Term* a) {
  ZStream* z = stream(p, a);
  if (!z) return kNonValue;
  int size;
  if (!get_int(a[1], &size)) return badarg(p);
  z->chunk_buffer_size = size;
  return atoms::am_ok;
}

}  // namespace openbeam::bifs
