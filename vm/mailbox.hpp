// A process's message queue and its receive cursor.
//
// Messages are copied by the sender straight onto the receiver's heap (or a
// heap fragment of the receiver when its heap is full), so a queued
// message is an ordinary term of the receiver: the collector treats the
// queue as roots. With one scheduler thread the receiver is never running
// while another process sends to it; the N-scheduler version puts a
// lock-free inbox in front of this queue and copies into separate fragments
// when the receiver runs elsewhere (ARCHITECTURE invariant 7).
//
// The receive instructions walk the queue with `save`, a pointer to the link
// that holds the message under examination: loop_rec reads *save,
// loop_rec_end advances it, remove_message unlinks *save and resets it to the
// head. Receive markers (recv_marker_*) remember a link so that a receive of
// a freshly made reference skips every message older than the reference.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

#include "vm/term.hpp"

namespace openbeam::vm {

constexpr Term kNonValue = Term(0);  // never a valid term (a header word)

// A reference kept outside any heap: the words of the boxed reference
// (header and payload; references hold no pointers).
struct StoredRef {
  Word words[4] = {0, 0, 0, 0};
  bool operator==(const StoredRef& o) const {
    return words[0] == o.words[0] && words[1] == o.words[1] && words[2] == o.words[2] &&
           words[3] == o.words[3];
  }
};

// A signal waiting to be handled by its receiver, in arrival order
// (vm/signals.cpp). Its terms already live on the receiver's heap.
struct Signal {
  enum class Kind : uint8_t { kMessage, kExit, kLinkExit, kDown };
  Kind kind = Kind::kMessage;
  Term from = kNonValue;  // sender pid (exit signals)
  Term data = kNonValue;  // message, exit reason, or DOWN's reason
  Term item = kNonValue;  // kDown: the monitored pid or {Name, Node}
  Term tag = kNonValue;   // kDown: the monitor's tag ('DOWN' unless {tag, T})
  StoredRef ref;          // kDown: the monitor reference
  bool port = false;      // kDown: a port monitor ('DOWN', Ref, port, ...)
};

// The signals a process has not handled yet, in arrival order: a singly
// linked FIFO so that a process without pending signals pays two pointers.
class SignalQueue {
  struct Node {
    Node* next;
    Signal signal;
  };

 public:
  SignalQueue() = default;
  SignalQueue(const SignalQueue&) = delete;
  SignalQueue& operator=(const SignalQueue&) = delete;
  ~SignalQueue() { clear(); }

  bool empty() const { return first_ == nullptr; }
  void push_back(Signal s) {
    Node* n = new Node{nullptr, std::move(s)};
    *last_ = n;
    last_ = &n->next;
    len_++;
  }
  Signal& front() { return first_->signal; }
  void pop_front() {
    Node* n = first_;
    first_ = n->next;
    if (!first_) last_ = &first_;
    delete n;
    len_--;
  }
  void clear() {
    while (first_) pop_front();
  }
  size_t size() const { return len_; }
  static constexpr size_t kNodeBytes = sizeof(Node);

  class iterator {
   public:
    explicit iterator(Node* n) : n_(n) {}
    Signal& operator*() const { return n_->signal; }
    Signal* operator->() const { return &n_->signal; }
    iterator& operator++() {
      n_ = n_->next;
      return *this;
    }
    bool operator!=(const iterator& o) const { return n_ != o.n_; }
    bool operator==(const iterator& o) const { return n_ == o.n_; }

   private:
    Node* n_;
  };
  iterator begin() const { return iterator(first_); }
  iterator end() const { return iterator(nullptr); }

 private:
  Node* first_ = nullptr;
  Node** last_ = &first_;
  size_t len_ = 0;
};

struct Message {
  Message* next = nullptr;
  Term term;
};

class MessageQueue {
 public:
  MessageQueue() = default;
  MessageQueue(const MessageQueue&) = delete;
  MessageQueue& operator=(const MessageQueue&) = delete;
  ~MessageQueue() { clear(); }

  void push(Term t) {
    auto* m = new Message{nullptr, t};
    *last_ = m;
    last_ = &m->next;
    len_++;
  }
  // The message at the cursor, or null at the end of the queue.
  Message* current() const { return *save_; }
  void advance() { save_ = &(*save_)->next; }
  void reset_cursor() { save_ = &first_; }
  // Unlinks the message at the cursor; the cursor goes back to the head.
  void remove_current() {
    Message* m = *save_;
    *save_ = m->next;
    if (last_ == &m->next) last_ = save_;
    if (markers_) {
      for (unsigned i = 0; i < kMaxMarkers; i++) {
        if (markers_[i].link == &m->next) markers_[i].link = save_;
      }
    }
    delete m;
    len_--;
    reset_cursor();
  }
  // Unlinks `m` wherever it is (demonitor's flush); the cursor goes back to
  // the head.
  void remove_message(Message* m) {
    save_ = &first_;
    while (*save_ && *save_ != m) save_ = &(*save_)->next;
    if (*save_) remove_current();
    reset_cursor();
  }
  size_t size() const { return len_; }
  Message* first() const { return first_; }
  template <class F>
  void for_each(F f) {
    for (Message* m = first_; m; m = m->next) f(m->term);  // f(Term&)
  }
  void clear() {
    for (Message* m = first_; m;) {
      Message* n = m->next;
      delete m;
      m = n;
    }
    first_ = nullptr;
    last_ = &first_;
    save_ = &first_;
    len_ = 0;
    markers_.reset();
  }

  // ---- receive markers -------------------------------------------------
  // A marker records the queue's end; binding it to a reference lets
  // `use_marker(ref)` start the scan at the first message that arrived after
  // the marker was made. Few markers are live at once (one per pending
  // gen:call), so a small fixed table suffices; when it is full, markers
  // are simply not made and receives scan from the head (still correct).
  static constexpr unsigned kMaxMarkers = 4;
  // Returns a marker id (1..kMaxMarkers), or 0 when none is free.
  unsigned reserve_marker() {
    if (!markers_) markers_.reset(new Marker[kMaxMarkers]);
    for (unsigned i = 0; i < kMaxMarkers; i++) {
      if (!markers_[i].link) {
        markers_[i] = Marker{kNonValueRaw, last_};
        return i + 1;
      }
    }
    return 0;
  }
  void bind_marker(unsigned id, Term ref) {
    if (markers_ && id >= 1 && id <= kMaxMarkers) markers_[id - 1].ref = ref.raw();
  }
  void clear_marker(Term ref) {
    for (Marker* mk = markers_begin(); mk != markers_end(); mk++) {
      if (mk->link && mk->ref == ref.raw()) *mk = Marker{};
    }
  }
  // Moves the cursor to the marker bound to `ref` when it is further on.
  void use_marker(Term ref) {
    for (Marker* mk = markers_begin(); mk != markers_end(); mk++) {
      if (mk->link && mk->ref == ref.raw()) {
        if (save_ == &first_) save_ = mk->link;
        return;
      }
    }
  }
  // Bound references are terms of the process (roots for the collector).
  template <class F>
  void for_each_marker_ref(F f) {
    for (Marker* mk = markers_begin(); mk != markers_end(); mk++) {
      if (mk->link && mk->ref != kNonValueRaw) {
        Term t(mk->ref);
        f(t);
        mk->ref = t.raw();
      }
    }
  }

 private:
  static constexpr Word kNonValueRaw = 0;
  struct Marker {
    Word ref = kNonValueRaw;
    Message** link = nullptr;  // the queue's end when the marker was made; null: free
  };
  Marker* markers_begin() const { return markers_.get(); }
  Marker* markers_end() const { return markers_ ? markers_.get() + kMaxMarkers : nullptr; }
  Message* first_ = nullptr;
  Message** last_ = &first_;
  Message** save_ = &first_;
  size_t len_ = 0;
  std::unique_ptr<Marker[]> markers_;  // allocated by the first reserve_marker

 public:
  size_t marker_bytes() const { return markers_ ? kMaxMarkers * sizeof(Marker) : 0; }
};

}  // namespace openbeam::vm
