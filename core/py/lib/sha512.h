// SHA-512 (FIPS 180-4), needed because random.seed(str or bytes) hashes its argument with SHA-512
// (random.py, version 2 seeding). Small and self-contained so the sandboxed interpreter depends on
// no crypto library.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace loopstep::py {

using Sha512Digest = std::array<std::uint8_t, 64>;

class Sha512 {
  public:
    Sha512();
    void update(const void* data, std::size_t size);
    void update(std::string_view bytes) { update(bytes.data(), bytes.size()); }
    // Pads and returns the digest; the object must not be updated afterwards.
    Sha512Digest finish();

  private:
    void compress(const std::uint8_t* block);

    std::array<std::uint64_t, 8> h_;
    std::array<std::uint8_t, 128> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t total_bytes_ = 0;
};

Sha512Digest sha512(std::string_view bytes);

// Lower-case hex, as hashlib's hexdigest() prints it.
std::string to_hex(const Sha512Digest& digest);

} // namespace loopstep::py
