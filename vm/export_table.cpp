#include "vm/export_table.hpp"

#include <deque>
#include <map>
#include <mutex>
#include <tuple>

namespace openbeam::vm {

const ExportEntry* export_entry(Term module, Term function, uint32_t arity) {
  static std::mutex mu;
  static std::deque<ExportEntry> entries;  // stable addresses
  static std::map<std::tuple<Word, Word, uint32_t>, const ExportEntry*> index;
  std::lock_guard<std::mutex> lock(mu);
  auto key = std::make_tuple(module.raw(), function.raw(), arity);
  auto it = index.find(key);
  if (it != index.end()) return it->second;
  entries.push_back(ExportEntry{module, function, arity});
  index.emplace(key, &entries.back());
  return &entries.back();
}

}  // namespace openbeam::vm
