import CEditLineShim
import Glibc

/// Reads lines from a file descriptor (standard input, a script file, a pipe) as they arrive,
/// through a buffer, with bounded memory: a script on a pipe runs while its writer is still
/// writing, and `yes QUERY | cq` never accumulates its input.
///
/// A pending SIGINT, SIGTERM or SIGHUP ends the wait for input (the descriptor is polled every
/// 100 ms, so a signal that arrives just before a read cannot leave it blocked); a resize
/// (SIGWINCH) or any other interruption is retried.
public final class DescriptorLineSource {
    /// What reading gives next.
    public enum Event: Equatable, Sendable {
        /// A line, without its line break (and without a carriage return before it).
        case line(String)
        /// A line longer than `maximumLineBytes`: its bytes were skipped up to its line break.
        case tooLong
        /// The end of the input.
        case endOfInput
        /// SIGINT, SIGTERM or SIGHUP arrived while waiting for input.
        case signal(Int32)
        /// The descriptor cannot be read; the text says why ("Is a directory").
        case failed(String)
    }

    /// The longest line kept: 16 MiB.
    public static let maximumLineBytes = 16 << 20
    private static let chunkBytes = 64 << 10

    private let descriptor: Int32
    private var buffer = [UInt8]()
    /// Where the unread bytes of `buffer` start.
    private var readPosition = 0
    /// Where the search for the next line break resumes (the bytes before hold none).
    private var searchPosition = 0
    private var atEnd = false
    /// Set while the bytes of an over-long line are being skipped.
    private var skippingLongLine = false

    /// Lines of `descriptor`, which the caller keeps open while reading.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next line, or why there is none.
    public func next() -> Event {
        while true {
            if let newline = buffer[max(readPosition, searchPosition)...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[readPosition..<newline]
                readPosition = newline + 1
                searchPosition = readPosition
                if skippingLongLine {
                    skippingLongLine = false
                    return .tooLong
                }
                return .line(Self.text(of: line))
            }
            searchPosition = buffer.count
            if buffer.count - readPosition > Self.maximumLineBytes {
                skippingLongLine = true
                readPosition = buffer.count
            }
            if atEnd {
                guard readPosition < buffer.count || skippingLongLine else { return .endOfInput }
                let line = buffer[readPosition...]
                readPosition = buffer.count
                if skippingLongLine {
                    skippingLongLine = false
                    return .tooLong
                }
                return .line(Self.text(of: line))
            }
            if let problem = fill() { return problem }
        }
    }

    /// Whether a line can be read without waiting: bytes are buffered, or the descriptor has
    /// input ready (always so for a regular file, until its end).
    public var hasPendingInput: Bool {
        if readPosition < buffer.count || atEnd { return true }
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, 0) > 0
    }

    /// Reads one chunk into the buffer; returns an event when reading cannot go on.
    private func fill() -> Event? {
        if readPosition > 0 {
            buffer.removeSubrange(0..<readPosition)
            searchPosition -= readPosition
            readPosition = 0
        }
        while true {
            if TerminalSetup.signalPending { return .signal(TerminalSetup.takeSignal()) }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 100)
            if ready < 0, errno != EINTR { return .failed(String(cString: strerror(errno))) }
            guard ready > 0 else { continue }
            let start = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: Self.chunkBytes))
            let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress.map { $0 + start }, Self.chunkBytes) }
            let error = errno
            buffer.removeSubrange((start + max(0, got))...)
            if got > 0 { return nil }
            if got == 0 {
                atEnd = true
                return nil
            }
            if error == EINTR || error == EAGAIN { continue }
            return .failed(String(cString: strerror(error)))
        }
    }

    private static func text(of line: ArraySlice<UInt8>) -> String {
        let trimmed = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        return String(decoding: trimmed, as: UTF8.self)
    }
}
