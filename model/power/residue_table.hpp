// A zero-filled array of residues for the engine's largest tables (gigabytes): fresh pages from
// the kernel (already zero, so no second pass to clear them) with transparent huge pages asked
// for (512 times fewer page faults than 4 KiB pages; on this machine the faults and clearing of
// a fresh 2.7 GiB table cost as much as a third of the IMF Shapley-Shubik computation).
#pragma once

#include <cstddef>
#include <cstdint>

namespace jvgov::power::tables {

class ResidueTable {
  public:
    // `count` zeros. Throws std::bad_alloc when the memory cannot be mapped.
    explicit ResidueTable(std::size_t count);
    ~ResidueTable();
    ResidueTable(ResidueTable&& other) noexcept;
    ResidueTable& operator=(ResidueTable&& other) noexcept;
    ResidueTable(const ResidueTable&) = delete;
    ResidueTable& operator=(const ResidueTable&) = delete;

    std::uint64_t* data() { return data_; }
    const std::uint64_t* data() const { return data_; }
    std::size_t size() const { return size_; }
    std::uint64_t& operator[](std::size_t i) { return data_[i]; }

    // Sets every value to 0 again (for reuse: one pass, no page faults).
    void clear();

  private:
    std::uint64_t* data_ = nullptr;
    std::size_t size_ = 0;
    std::size_t bytes_ = 0;  // mapped
};

}  // namespace jvgov::power::tables
