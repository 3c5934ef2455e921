// set, bag and duplicate_bag tables: a linear hash table laid out like
// ERTS's (erl_db_hash.c), so that every order a user can see -- first/next,
// slot/2, match/select results, tab2list -- is erl's.
//
// Layout (the facts that decide the order):
//   * hash(Key): an atom's text hash (hashpjw), any other term's
//     make_internal_hash(Key, 0) (vm/map_hash.hpp).
//   * Buckets 0..nactive-1; slot = hash & szm, or hash & (szm >> 1) when
//     that is >= nactive. A table starts with 256 buckets and grows by one
//     bucket per insert that takes the item count above nactive (splitting
//     bucket nactive & (szm >> 1) into itself and bucket nactive, keeping
//     relative order), up to five buckets per insert. Storage comes in one
//     256-bucket segment and then 2048-bucket segments.
//   * Shrinking starts only once there are 256 + 2 * 2048 slots: below
//     (slots - 2048) / 2 items the top bucket is prepended to its partner.
//   * In a bucket, a new key goes to the end of the chain; bag and
//     duplicate_bag objects of an existing key go before the other objects
//     of that key, so lookup (which reverses the run) gives insertion order.
//   * Iteration steps by the number of locks (1, or 64 with
//     write_concurrency): buckets 0, 64, 128, ..., then 1, 65, ...
//   * Item counts for growing: exact, or with decentralized counters the
//     count of the key's 1/64 share times 64 (erl's estimate).
//   * While the table is fixed (safe_fixtable, or a traversal in progress)
//     it neither grows nor shrinks, and a deleted key's first object stays
//     in its chain marked deleted (next/2 from it works) until unfixed.
//
// Keys are matched with =:=.
#include <algorithm>
#include <array>
#include <climits>
#include <cmath>

#include "bifs/ets/ets_table.hpp"
#include "vm/map_hash.hpp"
#include "vm/term_compare.hpp"
#include "vm/term_hash.hpp"

namespace openbeam::ets {

using namespace vm;

uint32_t ets_key_hash(Term key) { return is_atom(key) ? atom_hash_value(key) : internal_hash(key, 0); }

namespace {

constexpr size_t kFirstSeg = 256;   // FIRST_SEGSZ
constexpr size_t kExtSeg = 2048;    // EXT_SEGSZ
constexpr size_t kCounterLocks = 64;  // NLOCKS_WITH_ITEM_COUNTERS
constexpr int kResizeSteps = 5;     // grow/shrink steps per operation
constexpr size_t kFixDelWords = 2;  // an ERTS FixedDeletion record

class HashStore final : public Store {
 public:
  HashStore(TableType type, unsigned keypos, unsigned nlocks, bool decentralized)
      : type_(type), keypos_(keypos), nlocks_(nlocks), decentralized_(decentralized) {
    reset();
  }
  ~HashStore() override { free_all(); }

  size_t size() const override { return nitems_; }
  // Objects (4 words of header each), extra segments, segment tables and
  // the records of deletions while fixed.
  size_t memory_words() const override {
    return words_ + (nslots_ - kFirstSeg) + segtab_words_ + fixdel_words_;
  }

  void lookup(Term key, std::vector<Obj*>& out) const override {
    uint32_t h = ets_key_hash(key);
    size_t at = out.size();
    for (Obj* b = buckets_[slot_of(h)]; b; b = b->next) {
      if (!has_key(b, key, h)) {
        if (out.size() > at) break;
        continue;
      }
      if (!b->pseudo_deleted) out.push_back(b);
    }
    std::reverse(out.begin() + long(at), out.end());
  }
  bool member(Term key) const override { return find_live(key, ets_key_hash(key)) != nullptr; }

  void insert(Obj* o) override {
    Term key = o->element(keypos_);
    uint32_t h = ets_key_hash(key);
    o->hval = h;
    o->pseudo_deleted = false;
    Obj** bp = &buckets_[slot_of(h)];
    while (*bp && !has_key(*bp, key, h)) bp = &(*bp)->next;
    Obj* b = *bp;
    if (b && type_ == TableType::kSet) {
      if (b->pseudo_deleted) count(h, +1);
      o->next = b->next;
      *bp = o;
      words_ -= b->nwords + 4;
      words_ += o->nwords + 4;
      obj_free(b);
      return;
    }
    if (b && type_ == TableType::kBag) {
      for (Obj** qp = bp; *qp && has_key(*qp, key, h); qp = &(*qp)->next) {
        Obj* q = *qp;
        if (!exact_equal(q->term, o->term)) continue;
        if (q->pseudo_deleted) {  // revived: moves to the front of its key
          q->pseudo_deleted = false;
          count(h, +1);
          if (q != b) {
            *qp = q->next;
            q->next = b;
            *bp = q;
          }
        }
        obj_free(o);
        return;
      }
    }
    o->next = b;
    *bp = o;
    words_ += o->nwords + 4;
    count(h, +1);
    if (!fixed_) grow(estimate(h));
  }

  size_t erase_key(Term key) override {
    uint32_t h = ets_key_hash(key);
    size_t ix = slot_of(h);
    size_t n = 0;
    for (Obj** bp = &buckets_[ix]; *bp;) {
      Obj* b = *bp;
      if (has_key(b, key, h) && !b->pseudo_deleted) {
        if (++n == 1 && fixed_) {
          mark_deleted(b, ix);
          fixdel_words_ += kFixDelWords;
        } else {
          *bp = b->next;
          drop(b);
          continue;
        }
      } else if (n && !b->pseudo_deleted) {
        break;
      }
      bp = &b->next;
    }
    if (n) removed(h, n);
    return n;
  }

  size_t erase_object(Term key, Term object) override {
    uint32_t h = ets_key_hash(key);
    size_t ix = slot_of(h);
    size_t n = 0, seen = 0;
    for (Obj** bp = &buckets_[ix]; *bp;) {
      Obj* b = *bp;
      if (has_key(b, key, h) && !b->pseudo_deleted) {
        seen++;
        if (exact_equal(b->term, object)) {
          n++;
          if (seen == 1 && fixed_) {
            mark_deleted(b, ix);
            fixdel_words_ += kFixDelWords;
            bp = &b->next;
          } else {
            *bp = b->next;
            drop(b);
          }
          if (type_ == TableType::kDuplicateBag) continue;
          break;
        }
      } else if (n && !b->pseudo_deleted) {
        break;
      }
      bp = &b->next;
    }
    if (n) removed(h, n);
    return n;
  }

  // select_delete: every given object goes (marked deleted while fixed);
  // the table shrinks once at the end, as in ERTS.
  void erase_objs(const std::vector<Obj*>& objs) override {
    if (objs.empty()) return;
    uint32_t last = objs.back()->hval;  // (objects are freed on the way)
    size_t last_marked = SIZE_MAX;
    for (Obj* o : objs) {
      size_t ix = slot_of(o->hval);
      for (Obj** bp = &buckets_[ix]; *bp; bp = &(*bp)->next) {
        if (*bp != o) continue;
        count(o->hval, -1);
        if (fixed_) {
          if (ix != last_marked) fixdel_words_ += kFixDelWords;
          last_marked = ix;
          mark_deleted(o, ix);
        } else {
          *bp = o->next;
          drop(o);
        }
        break;
      }
    }
    if (!fixed_) shrink(estimate(last));
  }

  void replace(Obj* old, Obj* repl) override {
    for (Obj** bp = &buckets_[slot_of(old->hval)]; *bp; bp = &(*bp)->next) {
      if (*bp != old) continue;
      repl->hval = old->hval;
      repl->pseudo_deleted = false;
      repl->next = old->next;
      *bp = repl;
      words_ += repl->nwords;
      words_ -= old->nwords;
      obj_free(old);
      return;
    }
  }

  void clear() override {
    if (!fixed_) {
      free_all();
      reset();
      return;
    }
    fixdel_words_ += kFixDelWords;
    for (size_t i = 0; i < nactive_; i++) {  // a fixed table keeps its chains
      for (Obj* b = buckets_[i]; b; b = b->next) {
        if (!b->pseudo_deleted) mark_deleted(b, i);
      }
    }
    nitems_ = 0;
    part_.fill(0);
  }

  void for_each(const std::function<bool(Obj*)>& f, bool) const override {
    size_t ix = 0;
    do {
      for (Obj* b = buckets_[ix]; b; b = b->next) {
        if (!b->pseudo_deleted && !f(b)) return;
      }
    } while ((ix = next_bucket(ix)) != 0);
  }

  bool first_key(Term* key) const override { return live_from(0, buckets_[0], key); }
  // Hash tables have no order: last is first, prev is next, as in ERTS.
  bool last_key(Term* key) const override { return first_key(key); }
  bool next_key(Term key, Term* next, bool* found) const override {
    uint32_t h = ets_key_hash(key);
    size_t ix = slot_of(h);
    Obj* b = buckets_[ix];
    while (b && !has_key(b, key, h)) b = b->next;
    *found = b != nullptr;
    if (!b) return false;
    b = b->next;
    if (type_ != TableType::kSet) {
      while (b && has_key(b, key, h)) b = b->next;
    }
    return live_from(ix, b, next);
  }
  bool prev_key(Term key, Term* prev, bool* found) const override { return next_key(key, prev, found); }

  // slot/2: bucket i's objects, last in chain first (as ERTS conses them).
  bool slot(size_t i, std::vector<Obj*>& out) const override {
    if (i >= nactive_) return false;
    out.clear();
    for (Obj* b = buckets_[i]; b; b = b->next) {
      if (!b->pseudo_deleted) out.push_back(b);
    }
    std::reverse(out.begin(), out.end());
    return true;
  }
  size_t slot_count() const override { return nactive_; }

  size_t bucket_count() const override { return nactive_; }
  void bucket(size_t i, std::vector<Obj*>& out) const override {
    out.clear();
    for (Obj* b = buckets_[i]; b; b = b->next) {
      if (!b->pseudo_deleted) out.push_back(b);
    }
  }
  size_t next_bucket(size_t ix) const override {
    ix += nlocks_;
    if (ix < nactive_) return ix;
    return (ix + 1) & (nlocks_ - 1);
  }
  bool key_bucket(Term key, size_t* ix) const override {
    uint32_t h = ets_key_hash(key);
    *ix = slot_of(h);
    return find_live(key, h) != nullptr;
  }

  void scan_keys(Term, Term, bool reverse, const KeyVisitor& f) const override { for_each(f, reverse); }

  bool hash_stats(HashStats* st) const override {
    int sum = 0, sq_sum = 0, kept = 0, lo = INT_MAX, hi = 0;
    size_t ix = 0;
    do {
      int len = 0;
      for (Obj* b = buckets_[ix]; b; b = b->next) {
        len++;
        kept += b->pseudo_deleted;
      }
      sum += len;
      sq_sum += len * len;
      lo = std::min(lo, len);
      hi = std::max(hi, len);
    } while ((ix = next_bucket(ix)) != 0);
    int n = int(nactive_);
    st->nactive = nactive_;
    st->nlocks = nlocks_;
    st->avg = float(sum) / float(n);
    st->std_dev = float(std::sqrt(double((float(sq_sum) - st->avg * float(sum)) / float(n))));
    st->std_dev_expected = float(std::sqrt(double(st->avg) * (1 - 1.0 / n)));
    st->min_chain = lo;
    st->max_chain = hi;
    st->kept = kept;
    return true;
  }

  void set_fixed(bool fixed) override {
    fixed_ = fixed;
    if (fixed) return;
    for (size_t ix : fixdel_) {  // purge what was deleted while fixed
      if (ix >= nactive_) continue;
      for (Obj** bp = &buckets_[ix]; *bp;) {
        Obj* b = *bp;
        if (b->pseudo_deleted) {
          *bp = b->next;
          words_ -= b->nwords + 4;
          obj_free(b);
        } else {
          bp = &b->next;
        }
      }
    }
    fixdel_.clear();
    fixdel_words_ = 0;
  }

 private:
  size_t slot_of(uint32_t h) const {
    size_t ix = h & szm_;
    if (ix >= nactive_) ix &= szm_ >> 1;
    return ix;
  }
  bool has_key(const Obj* b, Term key, uint32_t h) const {
    return b->hval == h && exact_equal(b->element(keypos_), key);
  }
  Obj* find_live(Term key, uint32_t h) const {
    for (Obj* b = buckets_[slot_of(h)]; b; b = b->next) {
      if (!b->pseudo_deleted && has_key(b, key, h)) return b;
    }
    return nullptr;
  }
  // The first live object from `b` on, then from the buckets after `ix`.
  bool live_from(size_t ix, Obj* b, Term* key) const {
    for (;;) {
      for (; b; b = b->next) {
        if (!b->pseudo_deleted) {
          *key = b->element(keypos_);
          return true;
        }
      }
      if ((ix = next_bucket(ix)) == 0) return false;
      b = buckets_[ix];
    }
  }

  void count(uint32_t h, int64_t d) {
    nitems_ += d;
    if (decentralized_) part_[h % kCounterLocks] += d;
  }
  int64_t estimate(uint32_t h) const {
    return decentralized_ ? part_[h % kCounterLocks] * int64_t(kCounterLocks) : int64_t(nitems_);
  }
  void mark_deleted(Obj* b, size_t ix) {
    b->pseudo_deleted = true;
    if (fixdel_.empty() || fixdel_.back() != ix) fixdel_.push_back(ix);
  }
  void drop(Obj* b) {
    words_ -= b->nwords + 4;
    obj_free(b);
  }
  void removed(uint32_t h, size_t n) {
    count(h, -int64_t(n));
    if (!fixed_) shrink(estimate(h));
  }

  void reset() {
    nslots_ = nactive_ = kFirstSeg;
    szm_ = kFirstSeg - 1;
    buckets_.assign(kFirstSeg, nullptr);
    segtabs_.clear();
    segtab_words_ = 0;
    nitems_ = 0;
    part_.fill(0);
    fixdel_.clear();
    calc_shrink_limit();
  }
  void free_all() {
    for (size_t i = 0; i < nactive_; i++) {
      for (Obj* b = buckets_[i]; b;) {
        Obj* n = b->next;
        obj_free(b);
        b = n;
      }
      buckets_[i] = nullptr;
    }
    words_ = 0;
  }

  // Segment tables: the first holds one segment; the next ones 256, then
  // each 128 more than the segment index that needed it (ERTS keeps the
  // older tables until it shrinks back).
  size_t nsegs() const { return segtabs_.empty() ? 1 : segtabs_.back(); }
  static size_t seg_index(size_t slot) { return (slot + (kExtSeg - kFirstSeg)) / kExtSeg; }
  void alloc_seg() {
    size_t seg = seg_index(nslots_);
    if (seg == nsegs()) {
      size_t n = seg == 1 ? 256 : seg + 128;
      segtabs_.push_back(n);
      segtab_words_ += 6 + n;
    }
    nslots_ += kExtSeg;
    buckets_.resize(nslots_, nullptr);
    calc_shrink_limit();
  }
  void remove_seg() {
    size_t seg = seg_index(nslots_) - 1;
    size_t prev = segtabs_.size() >= 2 ? segtabs_[segtabs_.size() - 2] : 1;
    if (!segtabs_.empty() && seg == prev) {
      segtab_words_ -= 6 + segtabs_.back();
      segtabs_.pop_back();
    }
    nslots_ -= kExtSeg;
    buckets_.resize(nslots_);
    calc_shrink_limit();
  }
  void calc_shrink_limit() {
    bool enough = !decentralized_ || nslots_ >= 100 * kCounterLocks;
    size_t floor = std::max<size_t>(nlocks_ + kExtSeg, kFirstSeg + 2 * kExtSeg);
    shrink_limit_ = enough && nslots_ >= floor ? int64_t((nslots_ - kExtSeg) / 2) : 0;
  }

  void grow(int64_t nitems) {
    for (int step = 0; step < kResizeSteps && nitems > int64_t(nactive_); step++) {
      if (nactive_ == nslots_) alloc_seg();
      size_t szm = szm_, from;
      if (nactive_ <= szm) {
        from = nactive_ & (szm >> 1);
      } else {
        from = 0;
        szm = (szm << 1) | 1;
      }
      size_t to = nactive_++;
      if (from == 0) szm_ = szm;
      // Stable split of bucket `from` into `from` and `to`.
      Obj** keep = &buckets_[from];
      Obj** move = &buckets_[to];
      for (Obj* b = buckets_[from]; b;) {
        Obj* n = b->next;
        if ((b->hval & szm) == from) {
          *keep = b;
          keep = &b->next;
        } else {
          *move = b;
          move = &b->next;
        }
        b = n;
      }
      *keep = nullptr;
      *move = nullptr;
    }
  }

  void shrink(int64_t nitems) {
    for (int step = 0; step < kResizeSteps && nitems < shrink_limit_; step++) {
      size_t src = nactive_ - 1;
      size_t low = szm_ >> 1;
      size_t dst = src & low;
      Obj* moved = buckets_[src];
      buckets_[src] = nullptr;
      nactive_ = src;
      if (dst == 0) szm_ = low;
      if (nslots_ - src >= kExtSeg) remove_seg();
      if (moved) {  // the top bucket's chain goes in front of its partner's
        Obj* tail = buckets_[dst];
        buckets_[dst] = moved;
        Obj* last = moved;
        while (last->next) last = last->next;
        last->next = tail;
      }
    }
  }

  TableType type_;
  unsigned keypos_;
  size_t nlocks_;
  bool decentralized_;
  std::vector<Obj*> buckets_;  // nslots_ entries, nactive_ in use
  size_t nslots_ = 0, nactive_ = 0, szm_ = 0;
  size_t nitems_ = 0, words_ = 0;
  int64_t shrink_limit_ = 0;
  std::array<int64_t, kCounterLocks> part_{};
  std::vector<size_t> segtabs_;  // sizes of the extended segment tables
  size_t segtab_words_ = 0;
  std::vector<size_t> fixdel_;  // buckets with objects deleted while fixed
  size_t fixdel_words_ = 0;      // erl's records of those deletions
  bool fixed_ = false;
};

}  // namespace

std::unique_ptr<Store> make_hash_store(TableType type, unsigned keypos, unsigned nlocks, bool decentralized) {
  return std::make_unique<HashStore>(type, keypos, nlocks, decentralized);
}

}  // namespace openbeam::ets
