// libFuzzer entry of the 'resolutions' target: built by Scripts/fuzz.sh with
// `swiftc -sanitize=fuzzer,address -parse-as-library`; the logic is FuzzEntry.resolutions in Shared/FuzzEntries.swift.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzEntry.fuzzerInput("resolutions", data, size)
}
