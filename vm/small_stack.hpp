// A LIFO work stack that keeps its first N entries inline, for the term
// walkers (copy, compare) that run on every ETS access and message send:
// small terms need no heap allocation, big ones spill into a vector.
#pragma once

#include <cstddef>
#include <vector>

namespace openbeam::vm {

template <typename T, size_t N>
class SmallStack {
 public:
  bool empty() const { return n_ == 0; }
  void push_back(const T& x) {
    if (n_ < N) {
      inline_[n_] = x;
    } else {
      more_.push_back(x);
    }
    n_++;
  }
  T back() const { return n_ > N ? more_.back() : inline_[n_ - 1]; }
  void pop_back() {
    if (n_ > N) more_.pop_back();
    n_--;
  }

 private:
  T inline_[N];
  std::vector<T> more_;
  size_t n_ = 0;
};

}  // namespace openbeam::vm
