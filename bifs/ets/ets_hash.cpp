// set, bag and duplicate_bag tables: a slot array in insertion order plus a
// hash index from key to slot.
//
// Slots give the iteration order (first/next, slot/2, match, select and
// their continuations): new keys are appended, so positions are stable
// under inserts. Deleting a key empties its slot; empty slots are squeezed
// out only when the table is not fixed (safe_fixtable) and more than half
// the slots are empty. While the table is fixed a deleted key keeps its
// slot (marked deleted, objects parked until the table is unfixed), so
// ets:next/2 from a deleted key still works, as in ERTS.
//
// Keys are matched with =:= (make_hash2 hashes exactly-equal terms alike).
#include <unordered_map>

#include "bifs/ets/ets_table.hpp"
#include "vm/term_compare.hpp"
#include "vm/term_hash.hpp"

namespace openbeam::ets {

using namespace vm;

namespace {

struct KeyHash {
  size_t operator()(Term k) const {
    if (is_immed(k)) return std::hash<uint64_t>()(k.raw());
    return make_hash2(k);
  }
};
struct KeyEq {
  bool operator()(Term a, Term b) const { return exact_equal(a, b); }
};

struct Entry {
  std::vector<Obj*> objs;  // empty: free slot (or deleted while fixed)
  bool deleted = false;    // key removed while the table was fixed
};

class HashStore final : public Store {
 public:
  HashStore(TableType type, unsigned keypos) : type_(type), keypos_(keypos) {}
  ~HashStore() override { clear(); }

  size_t size() const override { return count_; }
  size_t memory_words() const override { return words_ + slots_.size() * 4 + index_.size() * 4; }

  void lookup(Term key, std::vector<Obj*>& out) const override {
    const Entry* e = find(key);
    if (e) out.insert(out.end(), e->objs.begin(), e->objs.end());
  }
  bool member(Term key) const override { return find(key) != nullptr; }

  void insert(Obj* o) override {
    Term key = o->element(keypos_);
    auto it = index_.find(key);
    if (it == index_.end()) {
      slots_.push_back(Entry{{o}, false});
      index_.emplace(key, slots_.size() - 1);
      added(o);
      return;
    }
    Entry& e = slots_[it->second];
    if (e.deleted) {  // re-inserted while fixed: the slot comes back to life
      e.deleted = false;
      e.objs.push_back(o);
      rekey(it, o);
      added(o);
      return;
    }
    switch (type_) {
      case TableType::kSet: {
        Obj* old = e.objs[0];
        e.objs[0] = o;
        rekey(it, o);
        removed(old);
        added(o);
        return;
      }
      case TableType::kBag:
        for (Obj* x : e.objs) {
          if (exact_equal(x->term, o->term)) {
            obj_free(o);
            return;
          }
        }
        [[fallthrough]];
      default:
        e.objs.push_back(o);
        added(o);
        return;
    }
  }

  size_t erase_key(Term key) override {
    auto it = index_.find(key);
    if (it == index_.end() || slots_[it->second].deleted) return 0;
    Entry& e = slots_[it->second];
    size_t n = e.objs.size();
    std::vector<Obj*> objs = std::move(e.objs);
    e.objs.clear();
    kill(it, objs);
    return n;
  }

  size_t erase_object(Term key, Term object) override {
    auto it = index_.find(key);
    if (it == index_.end() || slots_[it->second].deleted) return 0;
    std::vector<Obj*> gone;
    for (Obj* x : slots_[it->second].objs) {
      if (exact_equal(x->term, object)) gone.push_back(x);
    }
    erase_found(it, gone);
    return gone.size();
  }

  void erase_objs(Term key, const std::vector<Obj*>& objs) override {
    auto it = index_.find(key);
    if (it != index_.end()) erase_found(it, objs);
  }

  void replace(Obj* old, Obj* repl) override {
    auto it = index_.find(old->element(keypos_));
    Entry& e = slots_[it->second];
    for (Obj*& x : e.objs) {
      if (x == old) x = repl;
    }
    rekey(it, e.objs[0]);
    removed(old);
    added(repl);
  }

  void clear() override {
    for (Entry& e : slots_) {
      for (Obj* o : e.objs) obj_free(o);
    }
    for (Obj* o : parked_) obj_free(o);
    slots_.clear();
    parked_.clear();
    index_.clear();
    count_ = 0;
    words_ = 0;
    free_slots_ = 0;
  }

  void for_each(const std::function<bool(Obj*)>& f, bool reverse) const override {
    if (!reverse) {
      for (const Entry& e : slots_) {
        for (Obj* o : e.objs) {
          if (!f(o)) return;
        }
      }
    } else {
      for (size_t i = slots_.size(); i-- > 0;) {
        for (Obj* o : slots_[i].objs) {
          if (!f(o)) return;
        }
      }
    }
  }

  bool first_key(Term* key) const override { return live_from(0, key); }
  // Hash tables have no order: last is first, as in ERTS.
  bool last_key(Term* key) const override { return live_from(0, key); }
  bool next_key(Term key, Term* next, bool* found) const override {
    auto it = index_.find(key);
    *found = it != index_.end();
    return *found && live_from(it->second + 1, next);
  }
  bool prev_key(Term key, Term* prev, bool* found) const override {
    // Hash tables have no order: prev is next, as in ERTS.
    return next_key(key, prev, found);
  }
  bool slot(size_t i, std::vector<Obj*>& out) const override {
    if (i >= slots_.size()) return false;
    out = slots_[i].objs;
    return true;
  }
  size_t slot_count() const override { return slots_.size(); }

  void scan_slots(size_t from, const SlotVisitor& f) const override {
    for (size_t i = from; i < slots_.size(); i++) {
      for (Obj* o : slots_[i].objs) {
        if (!f(i, o)) return;
      }
    }
  }
  void scan_keys(Term, Term, bool reverse, const KeyVisitor& f) const override { for_each(f, reverse); }

  void set_fixed(bool fixed) override {
    fixed_ = fixed;
    if (fixed) return;
    for (auto it = index_.begin(); it != index_.end();) {
      it = slots_[it->second].deleted ? index_.erase(it) : std::next(it);
    }
    for (Entry& e : slots_) e.deleted = false;
    for (Obj* o : parked_) obj_free(o);
    parked_.clear();
    maybe_compact();
  }

 private:
  using Index = std::unordered_map<Term, size_t, KeyHash, KeyEq>;

  const Entry* find(Term key) const {
    auto it = index_.find(key);
    if (it == index_.end()) return nullptr;
    const Entry& e = slots_[it->second];
    return e.deleted || e.objs.empty() ? nullptr : &e;
  }
  bool live_from(size_t i, Term* key) const {
    for (; i < slots_.size(); i++) {
      if (!slots_[i].objs.empty()) {
        *key = slots_[i].objs[0]->element(keypos_);
        return true;
      }
    }
    return false;
  }
  void added(Obj* o) {
    count_++;
    words_ += o->nwords + 4;
  }
  void removed(Obj* o) {
    count_--;
    words_ -= o->nwords + 4;
    if (fixed_) {
      parked_.push_back(o);  // a fixed table's key may still be referenced
    } else {
      obj_free(o);
    }
  }
  // The index key points into the entry's first object: keep it valid.
  void rekey(Index::iterator& it, Obj* first) {
    size_t at = it->second;
    index_.erase(it);
    it = index_.emplace(first->element(keypos_), at).first;
  }
  void erase_found(Index::iterator it, const std::vector<Obj*>& gone) {
    if (gone.empty()) return;
    Entry& e = slots_[it->second];
    std::vector<Obj*> keep;
    for (Obj* x : e.objs) {
      bool drop = false;
      for (Obj* g : gone) drop |= g == x;
      if (!drop) keep.push_back(x);
    }
    if (keep.empty()) {
      e.objs.clear();
      kill(it, gone);
      return;
    }
    e.objs = std::move(keep);
    rekey(it, e.objs[0]);
    for (Obj* g : gone) removed(g);
  }
  // The slot's key is gone: free its objects (parked while fixed).
  void kill(Index::iterator it, const std::vector<Obj*>& objs) {
    Entry& e = slots_[it->second];
    if (fixed_) {
      e.deleted = true;  // the index keeps the key (parked object) for next/2
    } else {
      index_.erase(it);
    }
    for (Obj* o : objs) removed(o);
    free_slots_++;
    if (!fixed_) maybe_compact();
  }
  void maybe_compact() {
    if (free_slots_ < 64 || free_slots_ * 2 < slots_.size()) return;
    std::vector<Entry> live;
    live.reserve(slots_.size() - free_slots_);
    for (Entry& e : slots_) {
      if (!e.objs.empty()) live.push_back(std::move(e));
    }
    slots_ = std::move(live);
    index_.clear();
    for (size_t i = 0; i < slots_.size(); i++) index_.emplace(slots_[i].objs[0]->element(keypos_), i);
    free_slots_ = 0;
  }

  TableType type_;
  unsigned keypos_;
  std::vector<Entry> slots_;
  Index index_;
  std::vector<Obj*> parked_;
  size_t count_ = 0, words_ = 0, free_slots_ = 0;
  bool fixed_ = false;
};

}  // namespace

std::unique_ptr<Store> make_hash_store(TableType type, unsigned keypos) {
  return std::make_unique<HashStore>(type, keypos);
}

}  // namespace openbeam::ets
