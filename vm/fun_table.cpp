// The table of fun entries by identity; see fun_table.hpp.
#include "vm/fun_table.hpp"

#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <tuple>

namespace openbeam::vm {
namespace {

struct Key {
  Word module;
  uint8_t uniq[16];
  uint32_t index, old_index;
  int32_t old_uniq;
  uint32_t arity, num_free;
  bool operator<(const Key& o) const {
    auto t = [](const Key& k) {
      return std::tie(k.module, k.index, k.old_index, k.old_uniq, k.arity, k.num_free);
    };
    if (t(*this) != t(o)) return t(*this) < t(o);
    return std::memcmp(uniq, o.uniq, sizeof uniq) < 0;
  }
};

Key key_of(const FunEntry* fe) {
  Key k{fe->module_name.raw(), {}, fe->index, fe->old_index, fe->old_uniq,
        fe->arity - fe->num_free, fe->num_free};
  std::memcpy(k.uniq, fe->uniq, sizeof k.uniq);
  return k;
}

struct Table {
  std::mutex mu;
  std::map<Key, const FunEntry*> loaded;
  std::map<Key, std::unique_ptr<FunEntry>> stubs;
};
Table& table() {
  static Table t;
  return t;
}

}  // namespace

void fun_table_register(const FunEntry* fe) {
  Table& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  t.loaded[key_of(fe)] = fe;
}

const FunEntry* fun_table_get(const FunIdentity& id) {
  Key k{id.module.raw(), {}, id.index, id.old_index, id.old_uniq, id.arity, id.num_free};
  std::memcpy(k.uniq, id.uniq, sizeof k.uniq);
  Table& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  if (auto it = t.loaded.find(k); it != t.loaded.end()) return it->second;
  std::unique_ptr<FunEntry>& stub = t.stubs[k];
  if (!stub) {
    stub = std::make_unique<FunEntry>();
    stub->module = nullptr;
    stub->module_name = id.module;
    stub->function = make_nil();
    stub->arity = id.arity + id.num_free;
    stub->num_free = id.num_free;
    stub->index = id.index;
    stub->old_index = id.old_index;
    stub->old_uniq = id.old_uniq;
    std::memcpy(stub->uniq, id.uniq, sizeof stub->uniq);
    stub->address = nullptr;
  }
  return stub.get();
}

const FunEntry* fun_table_loaded(const FunEntry* fe) {
  Table& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  auto it = t.loaded.find(key_of(fe));
  return it == t.loaded.end() ? nullptr : it->second;
}

}  // namespace openbeam::vm
