// The fd port driver (see port_fd.cpp).
#pragma once

#include <memory>

#include "vm/ports.hpp"

namespace openbeam::vm {

// A driver writing to `out_fd` and, when `reads`, reading `in_fd`.
std::unique_ptr<PortDriver> make_fd_driver(int in_fd, int out_fd, bool reads);

}  // namespace openbeam::vm
