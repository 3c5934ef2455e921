// Bounds-checked big-endian reading of chunk data.
#pragma once

#include <cstddef>
#include <cstdint>

namespace openbeam::loader {

inline uint32_t be32(const uint8_t* p) {
  return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3];
}

class ByteReader {
 public:
  ByteReader(const uint8_t* data, size_t size) : p_(data), end_(data + size) {}
  size_t left() const { return size_t(end_ - p_); }
  const uint8_t* pos() const { return p_; }
  bool at_end() const { return p_ == end_; }
  bool u8(uint8_t& v) {
    if (left() < 1) return false;
    v = *p_++;
    return true;
  }
  bool u16(uint16_t& v) {
    if (left() < 2) return false;
    v = uint16_t(p_[0] << 8 | p_[1]);
    p_ += 2;
    return true;
  }
  bool u32(uint32_t& v) {
    if (left() < 4) return false;
    v = be32(p_);
    p_ += 4;
    return true;
  }
  bool u64(uint64_t& v) {
    if (left() < 8) return false;
    v = uint64_t(be32(p_)) << 32 | be32(p_ + 4);
    p_ += 8;
    return true;
  }
  bool bytes(size_t n, const uint8_t*& out) {
    if (left() < n) return false;
    out = p_;
    p_ += n;
    return true;
  }

 private:
  const uint8_t* p_;
  const uint8_t* end_;
};

}  // namespace openbeam::loader
