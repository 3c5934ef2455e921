// Checksums and hashes of iodata: erlang:crc32/1,2, crc32_combine/3,
// adler32/1,2, adler32_combine/3 (zlib) and md5/1, md5_init/0,
// md5_update/2, md5_final/1 (OpenSSL's MD5).
//
// An MD5 context is an 88-byte binary laid out like ERTS's MD5_CTX (the
// RSA reference implementation): four 32-bit state words, the 64-bit bit
// count as two 32-bit words (low first), then the 64-byte block buffer, all
// little-endian. md5_update/md5_final take only binaries of that size.
// ERTS leaves the unused end of the buffer uninitialised; OpenBEAM zeroes it.
#define OPENSSL_API_COMPAT 0x10100000L
#include <openssl/md5.h>
#include <zlib.h>

#include <cstring>

#include "bifs/bifs.hpp"
#include "bifs/iodata.hpp"
#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/bits.hpp"

namespace openbeam::bifs {

using namespace vm;

namespace {

// A checksum argument: an integer 0..2^32-1.
bool get_u32(Term t, uint32_t* v) {
  if (!is_small(t) || small_value(t) < 0 || small_value(t) > int64_t(UINT32_MAX)) return false;
  *v = uint32_t(small_value(t));
  return true;
}


template <class Fn>
Term checksum(Process* p, uint32_t start, Term data, Fn fn) {
  uLong sum = start;
  bool ok = for_each_iodata_chunk(data, [&](const uint8_t* b, size_t n) {
    while (n) {
      uInt k = n > (1u << 30) ? (1u << 30) : uInt(n);
      sum = fn(sum, b, k);
      b += k;
      n -= k;
    }
  });
  if (!ok) return badarg(p);
  return make_small(int64_t(sum));
}

constexpr size_t kMd5CtxSize = 88;

void ctx_to_bytes(const MD5_CTX& c, uint8_t* out) {
  auto put32 = [&](size_t at, uint32_t v) {
    for (int i = 0; i < 4; i++) out[at + i] = uint8_t(v >> (8 * i));
  };
  std::memset(out, 0, kMd5CtxSize);
  put32(0, c.A);
  put32(4, c.B);
  put32(8, c.C);
  put32(12, c.D);
  put32(16, c.Nl);
  put32(20, c.Nh);
  std::memcpy(out + 24, c.data, c.num);
}

void ctx_from_bytes(const uint8_t* in, MD5_CTX* c) {
  auto get32 = [&](size_t at) {
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) v |= uint32_t(in[at + i]) << (8 * i);
    return v;
  };
  std::memset(c, 0, sizeof *c);
  c->A = get32(0);
  c->B = get32(4);
  c->C = get32(8);
  c->D = get32(12);
  c->Nl = get32(16);
  c->Nh = get32(20);
  c->num = (c->Nl >> 3) & 63;
  std::memcpy(c->data, in + 24, c->num);
}

Term ctx_term(Process* p, const MD5_CTX& c) {
  uint8_t* out;
  Term t = make_binary_uninit(*p, kMd5CtxSize, &out);
  ctx_to_bytes(c, out);
  return t;
}

bool get_ctx(Term t, MD5_CTX* c) {
  if (!is_binary_term(t)) return false;
  BitsView v = bits_view(t);
  if (v.bytes != kMd5CtxSize) return false;
  std::vector<uint8_t> scratch;
  ctx_from_bytes(view_bytes(v, scratch), c);
  return true;
}

bool md5_feed(MD5_CTX* c, Term data) {
  return for_each_iodata_chunk(data, [&](const uint8_t* b, size_t n) { MD5_Update(c, b, n); });
}

}  // namespace

Term erl_crc32_1(Process* p, Term* a) { return checksum(p, 0, a[0], ::crc32); }
Term erl_crc32_2(Process* p, Term* a) {
  uint32_t start;
  if (!get_u32(a[0], &start)) return badarg(p);
  return checksum(p, start, a[1], ::crc32);
}
Term erl_adler32_1(Process* p, Term* a) { return checksum(p, 1, a[0], ::adler32); }
Term erl_adler32_2(Process* p, Term* a) {
  uint32_t start;
  if (!get_u32(a[0], &start)) return badarg(p);
  return checksum(p, start, a[1], ::adler32);
}

Term erl_crc32_combine_3(Process* p, Term* a) {
  uint32_t c1, c2;
  uint64_t len;
  if (!get_u32(a[0], &c1) || !get_u32(a[1], &c2) || !term_to_uint64(a[2], &len) || len > UINT32_MAX) return badarg(p);
  return make_small(int64_t(crc32_combine(c1, c2, z_off_t(len))));
}

Term erl_adler32_combine_3(Process* p, Term* a) {
  uint32_t c1, c2;
  uint64_t len;
  if (!get_u32(a[0], &c1) || !get_u32(a[1], &c2) || !term_to_uint64(a[2], &len) || len > UINT32_MAX) return badarg(p);
  if (len == 0) return make_small(c1);  // as ERTS (zlib's answer differs)
  return make_small(int64_t(adler32_combine(c1, c2, z_off_t(len))));
}

Term erl_md5_1(Process* p, Term* a) {
  MD5_CTX c;
  MD5_Init(&c);
  if (!md5_feed(&c, a[0])) return badarg(p);
  uint8_t digest[MD5_DIGEST_LENGTH];
  MD5_Final(digest, &c);
  return make_binary(*p, digest, sizeof digest);
}

Term erl_md5_init_0(Process* p, Term* a) {
  MD5_CTX c;
  MD5_Init(&c);
  return ctx_term(p, c);
}

Term erl_md5_update_2(Process* p, Term* a) {
  MD5_CTX c;
  if (!get_ctx(a[0], &c) || !md5_feed(&c, a[1])) return badarg(p);
  return ctx_term(p, c);
}

Term erl_md5_final_1(Process* p, Term* a) {
  MD5_CTX c;
  if (!get_ctx(a[0], &c)) return badarg(p);
  uint8_t digest[MD5_DIGEST_LENGTH];
  MD5_Final(digest, &c);
  return make_binary(*p, digest, sizeof digest);
}

}  // namespace openbeam::bifs
