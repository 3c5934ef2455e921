#include "vm/aliases.hpp"

#include <cstring>
#include <mutex>
#include <unordered_map>

#include "vm/process_table.hpp"

namespace openbeam::vm {

namespace {
struct Hash {
  size_t operator()(const StoredRef& r) const {
    return size_t(r.words[1] * 0x9E3779B97F4A7C15ull ^ r.words[2] ^ (r.words[3] << 21));
  }
};
struct Alias {
  Term pid;
  AliasMode mode;
};
struct Aliases {
  std::mutex mu;
  std::unordered_map<StoredRef, Alias, Hash> map;
  std::unordered_map<Word, unsigned> count_of;  // pid -> aliases it owns
};
Aliases& aliases() {
  static Aliases a;
  return a;
}
}  // namespace

StoredRef store_ref(Term ref) {
  StoredRef r;
  const Word* o = boxed_ptr(ref);
  size_t n = 1 + header_arity(o[0]);
  if (n > 4) n = 4;
  std::memcpy(r.words, o, n * sizeof(Word));
  return r;
}

Term stored_ref_term(TermAllocator& to, const StoredRef& r) {
  size_t n = 1 + header_arity(r.words[0]);
  Word* hp = to.alloc(n);
  std::memcpy(hp, r.words, n * sizeof(Word));
  return make_boxed(hp);
}

void add_alias(const StoredRef& ref, Term pid, AliasMode mode) {
  Aliases& a = aliases();
  std::lock_guard<std::mutex> lock(a.mu);
  if (a.map.insert_or_assign(ref, Alias{pid, mode}).second) a.count_of[pid.raw()]++;
}

Process* alias_target(Term ref, bool* demonitor) {
  if (header_arity(boxed_ptr(ref)[0]) > 3) return nullptr;
  Aliases& a = aliases();
  Term pid;
  {
    std::lock_guard<std::mutex> lock(a.mu);
    auto it = a.map.find(store_ref(ref));
    if (it == a.map.end()) return nullptr;
    pid = it->second.pid;
    if (it->second.mode == AliasMode::kReply || it->second.mode == AliasMode::kReplyDemonitor) {
      if (demonitor) *demonitor = it->second.mode == AliasMode::kReplyDemonitor;
      a.map.erase(it);
      if (--a.count_of[pid.raw()] == 0) a.count_of.erase(pid.raw());
    }
  }
  return lookup_process(pid);
}

bool remove_alias(const StoredRef& ref, Term pid) {
  Aliases& a = aliases();
  std::lock_guard<std::mutex> lock(a.mu);
  auto it = a.map.find(ref);
  if (it == a.map.end()) return false;
  if (pid != kNonValue && it->second.pid != pid) return false;
  Term owner = it->second.pid;
  a.map.erase(it);
  if (--a.count_of[owner.raw()] == 0) a.count_of.erase(owner.raw());
  return true;
}

void remove_aliases_of(Term pid) {
  Aliases& a = aliases();
  std::lock_guard<std::mutex> lock(a.mu);
  if (a.count_of.erase(pid.raw()) == 0) return;
  for (auto it = a.map.begin(); it != a.map.end();) {
    it = it->second.pid == pid ? a.map.erase(it) : std::next(it);
  }
}

}  // namespace openbeam::vm
