/// Recomputes the checksums of a store's bytes in place, for the fuzz harness and the damage
/// tests: mutated bytes signed again pass the checksums and reach the checks of the sections'
/// contents, which is where a reader could go wrong. Bytes whose header or directory cannot be read are left alone.
@_spi(Fuzzing)
public enum StoreSigning {
    /// Signs every section the directory places inside `bytes`, then the header.
    public static func resign(_ bytes: inout [UInt8]) {
        let fixed = StoreFormat.fixedHeaderLength
        guard bytes.count >= fixed else { return }
        let identityLength = Int(read(UInt32.self, bytes, at: 12))
        let directoryLength = Int(read(UInt32.self, bytes, at: 20))
        let directoryStart = fixed + identityLength
        guard identityLength <= StoreFormat.maximumHeaderPart, directoryLength <= StoreFormat.maximumHeaderPart,
            directoryStart + directoryLength <= bytes.count
        else { return }
        var position = directoryStart
        let directoryEnd = directoryStart + directoryLength
        while position + 2 <= directoryEnd {
            let nameEnd = position + 2 + Int(read(UInt16.self, bytes, at: position))
            guard nameEnd + 24 <= directoryEnd else { break }
            let offset = read(UInt64.self, bytes, at: nameEnd), length = read(UInt64.self, bytes, at: nameEnd + 8)
            if offset <= UInt64(bytes.count), length <= UInt64(bytes.count) - offset {
                let sum = bytes.withUnsafeBytes { StoreChecksum.of(UnsafeRawBufferPointer(rebasing: $0[Int(offset)..<Int(offset + length)])) }
                write(sum, into: &bytes, at: nameEnd + 16)
            }
            position = nameEnd + 24
        }
        resignHeader(&bytes)
    }

    /// Signs the header alone: its checksum made to match its first 24 bytes, the identity and
    /// the directory as the header declares them (cut at the end of `bytes`).
    public static func resignHeader(_ bytes: inout [UInt8]) {
        let fixed = StoreFormat.fixedHeaderLength
        guard bytes.count >= fixed else { return }
        let identityEnd = min(bytes.count, fixed + Int(read(UInt32.self, bytes, at: 12)))
        let directoryEnd = min(bytes.count, identityEnd + Int(read(UInt32.self, bytes, at: 20)))
        let sum = bytes.withUnsafeBytes { StoreChecksum.ofHeader($0, identityEnd: identityEnd, directoryEnd: directoryEnd) }
        write(sum, into: &bytes, at: 24)
    }

    private static func read<Number: FixedWidthInteger>(_ type: Number.Type, _ bytes: [UInt8], at offset: Int) -> Number {
        bytes.withUnsafeBytes { Number(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: Number.self)) }
    }

    private static func write(_ value: UInt64, into bytes: inout [UInt8], at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { bytes.replaceSubrange(offset..<(offset + 8), with: $0) }
    }
}
