// ETS tables: storage, ownership, the table registry.
//
// Invariants
//   * Objects live off every process heap: each stored tuple is deep-copied
//     into one exact-size block owned by the table (`Obj`); reads copy it out
//     onto the reader's heap. Refc binaries in an object hold a reference
//     that the object drops when it is freed.
//   * A table is reached through the registry (by tid reference or by name)
//     as a shared_ptr, so a table deleted by another thread stays valid for
//     whoever already holds it; `dead` tells them it is gone.
//   * Locking (ready for N schedulers): the registry has one shared_mutex
//     (readers: lookups by tid/name; writers: new, delete, rename); every
//     table has a shared_mutex (readers: lookup, match, select, info;
//     writers: insert, delete, update_*, ownership changes). A BIF holds at
//     most one table lock and never the registry lock at the same time as a
//     table lock, except ets:rename, which takes the registry lock first.
//   * Keys compare with `==` in ordered_set tables (1 and 1.0 are the same
//     key) and with `=:=` in set/bag/duplicate_bag tables.
//
// Process exit: ets_process_exited (below) is the hook the process
// machinery calls when a process dies.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <shared_mutex>
#include <vector>

#include "vm/binary.hpp"
#include "vm/process.hpp"
#include "vm/term.hpp"

namespace openbeam::ets {

using vm::Process;
using vm::Term;
using vm::Word;

// ---- stored objects ---------------------------------------------------------
// One stored tuple: [Obj][words of the copied term].
struct Obj {
  Term term;          // the tuple, pointing into words()
  uint32_t nwords;    // words erl's copy would take (for ets:info memory)
  uint32_t nblobs;    // refc binaries referenced (references held)
  vm::BinaryBlob** blobs;
  // Hash tables only: the bucket chain, the key's hash, and whether the
  // object was deleted while the table was fixed.
  Obj* next;
  uint32_t hval;
  bool pseudo_deleted;
  Word* words() { return reinterpret_cast<Word*>(this + 1); }
  Term element(Word i) const { return vm::tuple_element(term, i); }
};
// Copies tuple `t` into a new object.
Obj* obj_create(Term t);
void obj_free(Obj* o);
// Copies the object onto the process heap.
Term obj_copy_out(Process* p, const Obj* o);

enum class TableType : uint8_t { kSet, kOrderedSet, kBag, kDuplicateBag };
enum class Access : uint8_t { kPublic, kProtected, kPrivate };

// ---- storage ----------------------------------------------------------------
// Positions: an opaque, ordered cursor in the table's iteration order, used
// for first/next, slot/2 and select continuations. For hash tables it is an
// index into the table's slot array (stable while the table is fixed or
// unchanged); ordered_set continuations use keys instead.
class Store {
 public:
  virtual ~Store() = default;
  virtual size_t size() const = 0;
  virtual size_t memory_words() const = 0;
  // Objects with this key, in insertion order (0..1 for sets).
  virtual void lookup(Term key, std::vector<Obj*>& out) const = 0;
  virtual bool member(Term key) const = 0;
  // Inserts (takes ownership). set/ordered_set: replaces the object with
  // that key; bag: drops `o` if an identical object exists; duplicate_bag:
  // appends.
  virtual void insert(Obj* o) = 0;
  // Removes (and frees) every object with this key; returns how many.
  virtual size_t erase_key(Term key) = 0;
  // Removes objects exactly equal to `object` (with key `key`).
  virtual size_t erase_object(Term key, Term object) = 0;
  // Removes the given stored objects (which must be in the table), as
  // select_delete does: hash tables shrink once, at the end.
  virtual void erase_objs(const std::vector<Obj*>& objs) = 0;
  // Replaces stored object `old` by `repl` (same key).
  virtual void replace(Obj* old, Obj* repl) = 0;
  virtual void clear() = 0;
  // Visits every object in iteration order (reverse: backwards) until
  // `f` returns false.
  virtual void for_each(const std::function<bool(Obj*)>& f, bool reverse) const = 0;
  // Key navigation: returns false at the end of the table.
  virtual bool first_key(Term* key) const = 0;
  virtual bool last_key(Term* key) const = 0;
  // next/prev: `found` is false when `key` is not in the table (hash
  // tables then fail with badarg; ordered_set uses the key order).
  virtual bool next_key(Term key, Term* next, bool* found) const = 0;
  virtual bool prev_key(Term key, Term* prev, bool* found) const = 0;
  // Hash tables: the objects of slot i; false when i is past the end.
  virtual bool slot(size_t i, std::vector<Obj*>& out) const = 0;
  virtual size_t slot_count() const = 0;
  // Safe fixation: while fixed, hash tables never compact their slots, so
  // positions stay stable.
  virtual void set_fixed(bool fixed) = 0;

  // Scans for match/select. ordered_set: objects whose keys may match
  // `key_pattern` (a key pattern with match variables, or kNonValue for
  // all keys) in key order or reverse, strictly after key `after`
  // (kNonValue: from the start); hash tables: every object in iteration
  // order. f returns false to stop.
  using KeyVisitor = std::function<bool(Obj*)>;
  virtual void scan_keys(Term key_pattern, Term after, bool reverse, const KeyVisitor& f) const = 0;

  // Hash tables, bucket by bucket (ERTS's traversal, which select's chunks
  // and continuations follow): the number of buckets in use, the live
  // objects of bucket i in chain order, the bucket after i in iteration
  // order (0 at the end), and the bucket of `key` (false when no live
  // object has that key).
  virtual size_t bucket_count() const { return 0; }
  virtual void bucket(size_t, std::vector<Obj*>&) const {}
  virtual size_t next_bucket(size_t) const { return 0; }
  virtual bool key_bucket(Term, size_t*) const { return false; }

  // ets:info(T, stats) of a hash table (ERTS's figures, single precision
  // like ERTS computes them); false for ordered_set.
  struct HashStats {
    size_t nactive, nlocks;
    float avg, std_dev, std_dev_expected;
    int min_chain, max_chain, kept;
  };
  virtual bool hash_stats(HashStats*) const { return false; }
};

// `nlocks`: 1, or 64 for write_concurrency (the iteration stride);
// `decentralized`: item counts estimated per 1/64 of the keys, as erl.
std::unique_ptr<Store> make_hash_store(TableType type, unsigned keypos, unsigned nlocks, bool decentralized);
// The hash that places a key (ERTS's MAKE_HASH).
uint32_t ets_key_hash(Term key);
std::unique_ptr<Store> make_tree_store(unsigned keypos);

// ---- tables -----------------------------------------------------------------
struct Table {
  vm::RefNumbers ref{};
  Term name;         // atom
  bool named = false;
  TableType type = TableType::kSet;
  Access access = Access::kProtected;
  unsigned keypos = 1;
  Term owner;        // local pid
  Term heir;         // local pid or am_none
  Obj* heir_data = nullptr;  // {HeirData} copied off-heap, or nullptr
  bool read_concurrency = false, decentralized_counters = false, compressed = false;
  Term write_concurrency;  // true, false or auto
  std::atomic<bool> dead{false};
  // safe_fixtable: {Pid, Count} pairs and the time of the first fixation.
  std::vector<std::pair<Term, int64_t>> fixers;
  int64_t fix_time_ns = 0;

  mutable std::shared_mutex lock;
  std::unique_ptr<Store> store;
  Word tid_words[vm::kLocalRefWords];  // the tid term lives here

  ~Table();
  // The key of a stored or candidate object.
  Term key_of(Term tuple) const { return vm::tuple_element(tuple, keypos); }
};

using TablePtr = std::shared_ptr<Table>;

// An object to store in `tab`: for a compressed table its memory count is
// erl's compressed layout (ets_compressed.cpp).
Obj* obj_create(Term t, const Table& tab);
// erl's words for an object of a compressed table whose key takes
// `key_words` (without the table's per-object words).
size_t compressed_object_words(Term tuple, unsigned keypos, size_t key_words);
// Words ERTS's copy of `t` has beyond ours (vm::flat_size): ets:info(T,
// memory) and erts_debug:flat_size/1 count ERTS's layout.
int64_t erts_extra_words(Term t, int depth = 0);

// Registry. `find` takes a tid or a name; null when there is no such table.
TablePtr find_table(Term id);
// Registers a new table; false when `named` and the name is taken.
bool register_table(const TablePtr& t);
// Unregisters and marks dead (objects are freed when the last user lets go).
void unregister_table(const TablePtr& t);
// Renames a named table; false when the new name is taken.
bool rename_table(const TablePtr& t, Term name);
// Every live table id (named tables by name), in creation order.
std::vector<TablePtr> all_tables();

// ---- process exit hook --------------------------------------------------------
// Called by the process machinery when process `pid` exits (`dying` is the
// exiting process, or null when it is already gone). Every table it owns is
// given to its heir (if the heir is set and is not the dying process) or
// deleted; its safe_fixtable fixations are released. The heir is told with
// the message {'ETS-TRANSFER', Tid, FromPid, HeirData} through
// ets_transfer_sender (set by the process machinery; while it is null no
// process can receive messages, so tables with an heir are deleted
// instead, except when the sender is installed).
void ets_process_exited(Process* dying, Term pid);

// Sends {'ETS-TRANSFER', Tid, From, GiftData} to `to`. `gift` is a term in
// off-heap memory: the sender copies it into the message. Returns false
// when `to` is not a live process (the caller then deletes the table).
using EtsTransferSender = bool (*)(Term to, Term tid, Term from, Term gift);
void set_ets_transfer_sender(EtsTransferSender f);
EtsTransferSender ets_transfer_sender();

}  // namespace openbeam::ets
