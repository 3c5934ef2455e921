#include "vm/atom_table.hpp"

#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace openbeam::vm {
namespace {

struct AtomEntry {
  std::string text;   // UTF-8
  size_t length = 0;  // code points
};

class AtomTable {
 public:
  AtomTable() {
#define ATOM(id, text) intern_valid(text, sizeof(text) - 1);
#include "vm/atoms.def"
#undef ATOM
  }

  Term intern_valid(std::string_view utf8, size_t length) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = index_.find(std::string(utf8));
    if (it != index_.end()) return make_atom(it->second);
    uint32_t idx = uint32_t(count_.load(std::memory_order_relaxed));
    if (idx >= kMaxAtoms) return make_atom(kMaxAtoms - 1);  // checked by callers
    AtomEntry* chunk = chunks_[idx / kChunk].load(std::memory_order_relaxed);
    if (!chunk) {
      chunk = new AtomEntry[kChunk];
      chunks_[idx / kChunk].store(chunk, std::memory_order_release);
    }
    chunk[idx % kChunk] = AtomEntry{std::string(utf8), length};
    index_.emplace(chunk[idx % kChunk].text, idx);
    count_.store(idx + 1, std::memory_order_release);
    return make_atom(idx);
  }

  std::optional<Term> find(std::string_view utf8) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = index_.find(std::string(utf8));
    if (it == index_.end()) return std::nullopt;
    return make_atom(it->second);
  }

  // Entries live in fixed chunks that never move and are never freed, so
  // reading an index that has been handed out needs no lock.
  const AtomEntry& entry(uint32_t idx) {
    return chunks_[idx / kChunk].load(std::memory_order_acquire)[idx % kChunk];
  }

  size_t size() const { return count_.load(std::memory_order_acquire); }

 private:
  std::mutex mu_;
  static constexpr size_t kChunk = 1024;
  std::array<std::atomic<AtomEntry*>, kMaxAtoms / kChunk> chunks_{};
  std::atomic<size_t> count_{0};
  std::unordered_map<std::string, uint32_t> index_;
};

AtomTable& table() {
  static AtomTable t;
  return t;
}

bool atom_table_full() { return table().size() >= kMaxAtoms - 1; }

}  // namespace

std::optional<size_t> utf8_length(std::string_view s) {
  size_t n = 0;
  size_t i = 0;
  while (i < s.size()) {
    uint8_t c = uint8_t(s[i]);
    uint32_t cp;
    size_t len;
    if (c < 0x80) {
      cp = c;
      len = 1;
    } else if ((c & 0xE0) == 0xC0) {
      cp = c & 0x1F;
      len = 2;
    } else if ((c & 0xF0) == 0xE0) {
      cp = c & 0x0F;
      len = 3;
    } else if ((c & 0xF8) == 0xF0) {
      cp = c & 0x07;
      len = 4;
    } else {
      return std::nullopt;
    }
    if (i + len > s.size()) return std::nullopt;
    for (size_t k = 1; k < len; k++) {
      uint8_t cc = uint8_t(s[i + k]);
      if ((cc & 0xC0) != 0x80) return std::nullopt;
      cp = (cp << 6) | (cc & 0x3F);
    }
    static constexpr uint32_t kMinForLen[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMinForLen[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return std::nullopt;
    }
    i += len;
    n++;
  }
  return n;
}

std::optional<Term> atom_from_utf8(std::string_view utf8) {
  auto len = utf8_length(utf8);
  if (!len || *len > kMaxAtomChars) return std::nullopt;
  if (atom_table_full()) {
    if (auto existing = existing_atom_from_utf8(utf8)) return existing;
    return std::nullopt;
  }
  return table().intern_valid(utf8, *len);
}

std::optional<Term> atom_from_latin1(std::string_view latin1) {
  if (latin1.size() > kMaxAtomChars) return std::nullopt;
  if (atom_table_full()) return std::nullopt;
  std::string utf8;
  utf8.reserve(latin1.size() * 2);
  for (char ch : latin1) {
    uint8_t c = uint8_t(ch);
    if (c < 0x80) {
      utf8.push_back(char(c));
    } else {
      utf8.push_back(char(0xC0 | (c >> 6)));
      utf8.push_back(char(0x80 | (c & 0x3F)));
    }
  }
  return table().intern_valid(utf8, latin1.size());
}

Term atom(std::string_view ascii) { return table().intern_valid(ascii, ascii.size()); }

std::optional<Term> existing_atom_from_utf8(std::string_view utf8) { return table().find(utf8); }

std::string_view atom_text(Term a) { return table().entry(atom_index(a)).text; }
size_t atom_length(Term a) { return table().entry(atom_index(a)).length; }
size_t atom_count() { return table().size(); }

}  // namespace openbeam::vm
