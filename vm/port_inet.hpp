// The inet drivers: tcp_inet and udp_inet, the ports prim_inet opens with
// open_port({spawn_driver, "tcp_inet" | "udp_inet"}, [binary]) under
// gen_tcp, gen_udp and inet (see port_inet.cpp).
#pragma once

#include <memory>
#include <string_view>

#include "vm/ports.hpp"

namespace openbeam::vm {

// True for the driver names make_inet_driver opens.
bool is_inet_driver_name(std::string_view name);
// A fresh, unopened socket driver: "tcp_inet" or "udp_inet".
std::unique_ptr<PortDriver> make_inet_driver(std::string_view name);

}  // namespace openbeam::vm
