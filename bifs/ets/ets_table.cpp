// ETS objects (off-heap copies), the table registry and the process-exit hook.
#include "bifs/ets/ets_table.hpp"

#include <cstdlib>
#include <map>
#include <mutex>

#include "vm/atom_table.hpp"
#include "vm/copy.hpp"
#include "vm/map_hash.hpp"
#include "vm/offheap.hpp"

namespace openbeam::ets {

using namespace vm;

// ---- objects ------------------------------------------------------------------
namespace {
// Bump allocation inside an object's own words; refc binaries are collected.
class ObjAllocator final : public TermAllocator {
 public:
  explicit ObjAllocator(Word* w) : top_(w) {}
  Word* alloc(size_t words) override {
    Word* p = top_;
    top_ += words;
    return p;
  }
  void own_blob(Word* entry) override { blobs.push_back(offheap_blob(entry)); }
  std::vector<BinaryBlob*> blobs;

 private:
  Word* top_;
};
}  // namespace

// Words erl's copy of `t` has beyond ours (for ets:info(T, memory)): a flat
// map has a size word, a larger map is ERTS's trie (map_hash.hpp), a refc
// binary handle is 6 words (ours: 4), a sub binary see below, a fun 5 words plus its environment
// (ours: 3, export funs 2), and `{}` takes none (a global literal in ERTS).
// Terms nested deeper than kMaxDepth are not looked into (their count may
// be off, never the VM's stack).
// A sub binary: ours is the 5-word window plus a copy of the whole binary
// it looks into; erl's a handle (6 words) on a refc binary or a heap binary
// of just the bytes, behind a 5-word window only when not byte-aligned.
int64_t sub_binary_extra_words(const Word* w) {
  Term orig(w[4]);
  bool refc = boxed_subtag(orig) == Subtag::kRefcBinary;
  int64_t ours = int64_t(kSubBinaryWords + (refc ? kRefcBinaryWords : heap_binary_words(boxed_ptr(orig)[1])));
  unsigned bits = unsigned((w[3] >> 3) & 7) + unsigned(w[3] & 7);  // bit offset + trailing bits
  size_t extra_bytes = bits > 8 ? 2 : bits > 0 ? 1 : 0;
  int64_t erls = int64_t((bits ? kSubBinaryWords : 0) + (refc ? 6 : heap_binary_words(size_t(w[1]) + extra_bytes)));
  return erls - ours;
}

int64_t erts_extra_words(Term t, int depth) {
  constexpr int kMaxDepth = 1000;
  int64_t extra = 0;
  for (; depth < kMaxDepth; depth++) {
    if (is_list(t)) {
      if (!is_immed(car(t))) extra += erts_extra_words(car(t), depth + 1);
      t = cdr(t);
      continue;
    }
    if (!is_boxed(t)) break;
    const Word* w = boxed_ptr(t);
    Word n = header_arity(w[0]);
    switch (header_subtag(w[0])) {
      case Subtag::kHashMap:  // ours: header, keys pointer, values, keys tuple
        extra += int64_t(hash_trie_words(t)) - int64_t(2 * n + 1);  // n = 1 + keys
        goto elements;
      case Subtag::kMap:
        extra += 1;
        goto elements;
      case Subtag::kTuple:
        if (n == 0) return extra - 1;
      elements:
        for (Word i = 1; i <= n; i++) {
          if (!is_immed(Term(w[i]))) extra += erts_extra_words(Term(w[i]), depth + 1);
        }
        return extra;
      case Subtag::kRefcBinary:
        return extra + 2;
      case Subtag::kSubBinary:
        return extra + sub_binary_extra_words(w);
      case Subtag::kFun:
        return extra + 2;
      case Subtag::kExport:
        return extra + 3;
      default:
        return extra;
    }
  }
  return extra;
}

Obj* obj_create(Term t) {
  size_t words = flat_size(t);
  Obj* o = static_cast<Obj*>(std::malloc(sizeof(Obj) + words * sizeof(Word)));
  ObjAllocator a(o->words());
  o->term = copy_term(a, t);
  o->nwords = uint32_t(int64_t(words) + erts_extra_words(t));
  o->nblobs = uint32_t(a.blobs.size());
  o->blobs = nullptr;
  if (o->nblobs) {
    o->blobs = new BinaryBlob*[o->nblobs];
    for (size_t i = 0; i < a.blobs.size(); i++) o->blobs[i] = a.blobs[i];
  }
  return o;
}

Obj* obj_create(Term t, const Table& tab) {
  Obj* o = obj_create(t);
  if (tab.compressed) {
    Term key = tab.key_of(t);
    size_t key_words = is_immed(key) ? 0 : size_t(int64_t(flat_size(key)) + erts_extra_words(key));
    o->nwords = uint32_t(compressed_object_words(t, tab.keypos, key_words));
  }
  return o;
}

void obj_free(Obj* o) {
  if (!o) return;
  for (uint32_t i = 0; i < o->nblobs; i++) o->blobs[i]->release();
  delete[] o->blobs;
  std::free(o);
}

Term obj_copy_out(Process* p, const Obj* o) { return copy_term(*p, o->term); }

Table::~Table() { obj_free(heir_data); }

// ---- registry -------------------------------------------------------------------
namespace {
struct RefLess {
  bool operator()(const RefNumbers& a, const RefNumbers& b) const {
    for (int i = 2; i >= 0; i--) {
      if (a.n[i] != b.n[i]) return a.n[i] < b.n[i];
    }
    return false;
  }
};

struct Registry {
  std::shared_mutex mu;
  std::map<RefNumbers, TablePtr, RefLess> by_ref;  // creation order = ref order
  std::map<uint32_t, TablePtr> by_name;              // atom index -> table
};
Registry& registry() {
  static Registry r;
  return r;
}
std::atomic<EtsTransferSender> g_sender{nullptr};
}  // namespace

TablePtr find_table(Term id) {
  Registry& r = registry();
  std::shared_lock lock(r.mu);
  if (is_atom(id)) {
    auto it = r.by_name.find(atom_index(id));
    return it == r.by_name.end() ? nullptr : it->second;
  }
  if (is_local_ref(id)) {
    auto it = r.by_ref.find(local_ref_numbers(id));
    return it == r.by_ref.end() ? nullptr : it->second;
  }
  return nullptr;
}

bool register_table(const TablePtr& t) {
  Registry& r = registry();
  std::unique_lock lock(r.mu);
  if (t->named) {
    if (r.by_name.count(atom_index(t->name))) return false;
    r.by_name[atom_index(t->name)] = t;
  }
  r.by_ref[t->ref] = t;
  return true;
}

void unregister_table(const TablePtr& t) {
  Registry& r = registry();
  std::unique_lock lock(r.mu);
  t->dead.store(true);
  r.by_ref.erase(t->ref);
  if (t->named) {
    auto it = r.by_name.find(atom_index(t->name));
    if (it != r.by_name.end() && it->second == t) r.by_name.erase(it);
  }
}

bool rename_table(const TablePtr& t, Term name) {
  Registry& r = registry();
  std::unique_lock lock(r.mu);
  if (t->dead.load()) return false;
  if (t->named) {
    if (name == t->name) return false;  // erl: the name is taken (by this table)
    if (r.by_name.count(atom_index(name))) return false;
    r.by_name.erase(atom_index(t->name));
    r.by_name[atom_index(name)] = t;
  }
  t->name = name;
  return true;
}

std::vector<TablePtr> all_tables() {
  Registry& r = registry();
  std::shared_lock lock(r.mu);
  std::vector<TablePtr> v;
  for (auto& [k, t] : r.by_ref) v.push_back(t);
  return v;
}

// ---- process exit -----------------------------------------------------------------
void set_ets_transfer_sender(EtsTransferSender f) { g_sender.store(f); }
EtsTransferSender ets_transfer_sender() { return g_sender.load(); }

void ets_process_exited(Process*, Term pid) {
  for (const TablePtr& t : all_tables()) {
    bool drop = false;
    {
      std::unique_lock lock(t->lock);
      for (auto it = t->fixers.begin(); it != t->fixers.end();) {
        it = it->first == pid ? t->fixers.erase(it) : it + 1;
      }
      if (t->fixers.empty()) t->store->set_fixed(false);
      if (t->owner != pid) continue;
      EtsTransferSender send = ets_transfer_sender();
      Term heir = t->heir;
      if (heir != atoms::am_none && heir != pid && send) {
        Term gift = t->heir_data ? tuple_element(t->heir_data->term, 1) : atoms::am_undefined;
        Word tid_words[kLocalRefWords];
        Term tid = t->named ? t->name : make_local_ref(tid_words, t->ref);
        if (send(heir, tid, pid, gift)) {
          t->owner = heir;  // the heir stays set (now the owner itself), as in erl
          continue;
        }
      }
      drop = true;
    }
    if (drop) {
      unregister_table(t);
      std::unique_lock lock(t->lock);
      t->store->clear();
    }
  }
}

}  // namespace openbeam::ets
