// Tuple BIFs.
#include <cstring>

#include "bifs/bifs.hpp"
#include "vm/binary.hpp"
#include "vm/code.hpp"

namespace openbeam::bifs {

using namespace vm;

constexpr int64_t kMaxTupleArity = (int64_t(1) << 24) - 1;  // ERTS's MAX_ARITY

static Term new_tuple(Process* p, Word n, Word** elems) {
  Word* hp = p->alloc(1 + n);
  hp[0] = make_header(Subtag::kTuple, n);
  *elems = hp + 1;
  return make_boxed(hp);
}

// A 1-based index into a tuple of arity n, or 0 if invalid.
static Word index_of(Term i, Word n) {
  if (!is_small(i)) return 0;
  int64_t v = small_value(i);
  return (v >= 1 && Word(v) <= n) ? Word(v) : 0;
}

Term erl_element(Process* p, Term* a) {
  if (!is_tuple(a[1])) return badarg(p);
  Word i = index_of(a[0], tuple_arity(a[1]));
  if (!i) return badarg(p);
  return tuple_element(a[1], i);
}

Term erl_setelement(Process* p, Term* a) {
  if (!is_tuple(a[1])) return badarg(p);
  Word n = tuple_arity(a[1]);
  Word i = index_of(a[0], n);
  if (!i) return badarg(p);
  Word* e;
  Term t = new_tuple(p, n, &e);
  std::memcpy(e, boxed_ptr(a[1]) + 1, n * sizeof(Word));
  e[i - 1] = a[2].raw();
  return t;
}

Term erl_tuple_size(Process* p, Term* a) {
  if (!is_tuple(a[0])) return badarg(p);
  return make_small(int64_t(tuple_arity(a[0])));
}

Term erl_size(Process* p, Term* a) {
  if (is_tuple(a[0])) return make_small(int64_t(tuple_arity(a[0])));
  if (is_bitstring(a[0])) return make_small(int64_t(bits_view(a[0]).bytes));
  return badarg(p);
}

Term erl_make_tuple_2(Process* p, Term* a) {
  if (!is_small(a[0]) || small_value(a[0]) < 0 || small_value(a[0]) > kMaxTupleArity) return badarg(p);
  Word n = Word(small_value(a[0]));
  Word* e;
  Term t = new_tuple(p, n, &e);
  for (Word i = 0; i < n; i++) e[i] = a[1].raw();
  return t;
}

Term erl_make_tuple_3(Process* p, Term* a) {
  if (!is_small(a[0]) || small_value(a[0]) < 0 || small_value(a[0]) > kMaxTupleArity) return badarg(p);
  Word n = Word(small_value(a[0]));
  int64_t len = list_length(a[2]);
  if (len < 0) return badarg(p);
  // Validate every {Position, Term} first: the tuple is built only if all are.
  for (Term l = a[2]; is_list(l); l = cdr(l)) {
    Term pr = car(l);
    if (!is_tuple(pr) || tuple_arity(pr) != 2 || !index_of(tuple_element(pr, 1), n)) return badarg(p);
  }
  Word* e;
  Term t = new_tuple(p, n, &e);
  for (Word i = 0; i < n; i++) e[i] = a[1].raw();
  for (Term l = a[2]; is_list(l); l = cdr(l)) {
    Term pr = car(l);
    e[index_of(tuple_element(pr, 1), n) - 1] = tuple_element(pr, 2).raw();
  }
  return t;
}

Term erl_tuple_to_list(Process* p, Term* a) {
  if (!is_tuple(a[0])) return badarg(p);
  return make_list_from(p, reinterpret_cast<const Term*>(boxed_ptr(a[0]) + 1), tuple_arity(a[0]));
}

Term erl_list_to_tuple(Process* p, Term* a) {
  int64_t n = list_length(a[0]);
  if (n < 0 || n > kMaxTupleArity) return badarg(p);
  Word* e;
  Term t = new_tuple(p, Word(n), &e);
  for (Term l = a[0]; is_list(l); l = cdr(l)) *e++ = car(l).raw();
  return t;
}

Term erl_append_element(Process* p, Term* a) {
  if (!is_tuple(a[0]) || int64_t(tuple_arity(a[0])) >= kMaxTupleArity) return badarg(p);
  Word n = tuple_arity(a[0]);
  Word* e;
  Term t = new_tuple(p, n + 1, &e);
  std::memcpy(e, boxed_ptr(a[0]) + 1, n * sizeof(Word));
  e[n] = a[1].raw();
  return t;
}

Term erl_delete_element(Process* p, Term* a) {
  if (!is_tuple(a[1])) return badarg(p);
  Word n = tuple_arity(a[1]);
  Word i = index_of(a[0], n);
  if (!i) return badarg(p);
  Word* e;
  Term t = new_tuple(p, n - 1, &e);
  const Word* src = boxed_ptr(a[1]) + 1;
  for (Word k = 0, j = 0; k < n; k++) {
    if (k != i - 1) e[j++] = src[k];
  }
  return t;
}

Term erl_insert_element(Process* p, Term* a) {
  if (!is_tuple(a[1]) || int64_t(tuple_arity(a[1])) >= kMaxTupleArity) return badarg(p);
  Word n = tuple_arity(a[1]);
  Word i = index_of(a[0], n + 1);
  if (!i) return badarg(p);
  Word* e;
  Term t = new_tuple(p, n + 1, &e);
  const Word* src = boxed_ptr(a[1]) + 1;
  for (Word k = 0, j = 0; k <= n; k++) e[k] = (k == i - 1) ? a[2].raw() : src[j++];
  return t;
}

}  // namespace openbeam::bifs
