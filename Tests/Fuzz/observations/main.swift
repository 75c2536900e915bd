// libFuzzer entry of the 'observations' target: built by Scripts/fuzz.sh with
// `swiftc -sanitize=fuzzer,address -parse-as-library`; the logic is FuzzEntry.observations in Shared/FuzzEntries.swift.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzEntry.fuzzerInput("observations", data, size)
}
