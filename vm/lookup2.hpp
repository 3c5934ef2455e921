// Bob Jenkins' lookup2 hash primitives, which ERTS's term hashes
// (make_hash2 for phash2, make_internal_hash for maps) are built on.
#pragma once

#include <cstddef>
#include <cstdint>

namespace openbeam::vm::lookup2 {

constexpr uint32_t kGolden = 0x9e3779b9u;  // ERTS's HCONST

// The mixing step.
inline void mix(uint32_t& a, uint32_t& b, uint32_t& c) {
  a -= b; a -= c; a ^= (c >> 13);
  b -= c; b -= a; b ^= (a << 8);
  c -= a; c -= b; c ^= (b >> 13);
  a -= b; a -= c; a ^= (c >> 12);
  b -= c; b -= a; b ^= (a << 16);
  c -= a; c -= b; c ^= (b >> 5);
  a -= b; a -= c; a ^= (c >> 3);
  b -= c; b -= a; b ^= (a << 10);
  c -= a; c -= b; c ^= (b >> 15);
}

inline uint32_t le32(const uint8_t* p) {
  return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}

// The hash of a byte block seeded with `init`. The length goes into the low
// byte of c, so the 9th..11th remaining bytes start at bit 8. ERTS
// truncates the length to 32 bits.
inline uint32_t block(const uint8_t* k, size_t len, uint32_t init) {
  uint32_t a = kGolden, b = kGolden, c = init;
  const uint32_t full = uint32_t(len);
  for (; len >= 12; k += 12, len -= 12) {
    a += le32(k);
    b += le32(k + 4);
    c += le32(k + 8);
    mix(a, b, c);
  }
  c += full;
  for (size_t i = 0; i < len; i++) {
    uint32_t v = k[i];
    if (i < 4) a += v << (8 * i);
    else if (i < 8) b += v << (8 * (i - 4));
    else c += v << (8 * (i - 7));
  }
  mix(a, b, c);
  return c;
}

}  // namespace openbeam::vm::lookup2
