#include "vm/copy.hpp"

#include <cstring>
#include <vector>

#include "vm/binary.hpp"
#include "vm/offheap.hpp"
#include "vm/small_stack.hpp"

namespace openbeam::vm {

Term copy_term(TermAllocator& to, Term root) {
  Term result;
  struct Job {
    Term src;
    Word* slot;
  };
  SmallStack<Job, 32> stack;
  stack.push_back({root, reinterpret_cast<Word*>(&result)});
  while (!stack.empty()) {
    Job j = stack.back();
    stack.pop_back();
    Term t = j.src;
    if (is_immed(t) || t.raw() == 0) {
      *j.slot = t.raw();
      continue;
    }
    if (is_list(t)) {
      Word* c = to.alloc(2);
      *j.slot = make_list(c).raw();
      stack.push_back({cdr(t), c + 1});
      stack.push_back({car(t), c});
      continue;
    }
    const Word* o = boxed_ptr(t);
    Word hdr = o[0];
    Word arity = header_arity(hdr);
    Word* n = to.alloc(1 + arity);
    n[0] = hdr;
    *j.slot = make_boxed(n).raw();
    switch (header_subtag(hdr)) {
      case Subtag::kTuple:
      case Subtag::kMap:
      case Subtag::kHashMap:
        for (Word i = 1; i <= arity; i++) stack.push_back({Term(o[i]), n + i});
        break;
      case Subtag::kFun:
        n[1] = o[1];
        for (Word i = 2; i <= arity; i++) stack.push_back({Term(o[i]), n + i});
        break;
      case Subtag::kSubBinary:
        std::memcpy(n + 1, o + 1, 3 * sizeof(Word));
        stack.push_back({Term(o[4]), n + 4});
        break;
      default:  // floats, bignums, heap binaries, export funs, refs: raw payload
        std::memcpy(n + 1, o + 1, arity * sizeof(Word));
        if (is_offheap_header(hdr)) {  // refc binaries, resources
          offheap_blob(n)->retain();
          to.own_blob(n);
        }
        break;
    }
  }
  return result;
}

size_t flat_size(Term root) {
  size_t words = 0;
  SmallStack<Term, 32> stack;
  stack.push_back(root);
  while (!stack.empty()) {
    Term t = stack.back();
    stack.pop_back();
    while (is_list(t)) {
      words += 2;
      stack.push_back(car(t));
      t = cdr(t);
    }
    if (is_immed(t) || t.raw() == 0) continue;
    const Word* o = boxed_ptr(t);
    Word arity = header_arity(o[0]);
    words += 1 + arity;
    switch (header_subtag(o[0])) {
      case Subtag::kTuple:
      case Subtag::kMap:
      case Subtag::kHashMap:
        for (Word i = 1; i <= arity; i++) stack.push_back(Term(o[i]));
        break;
      case Subtag::kFun:
        for (Word i = 2; i <= arity; i++) stack.push_back(Term(o[i]));
        break;
      case Subtag::kSubBinary:
        stack.push_back(Term(o[4]));
        break;
      default:
        break;
    }
  }
  return words;
}

}  // namespace openbeam::vm
