package dev.lodestar.webhooks;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * The addresses a webhook may not reach unless an installation allows it: those inside a
 * host or its network rather than on the internet. IPv4 addresses carried inside IPv6
 * ones (mapped, compatible, NAT64, 6to4) are judged by the IPv4 address they carry.
 */
final class InternalAddress {

	private InternalAddress() {
	}

	/**
	 * What kind of internal address this is ({@code "loopback"}, {@code "private"}, ...),
	 * or empty for an address on the internet.
	 */
	static Optional<String> kindOf(InetAddress address) {
		byte[] bytes = address.getAddress();
		return Optional.ofNullable((bytes.length == 4) ? ipv4(bytes) : ipv6(bytes));
	}

	private static String ipv4(byte[] bytes) {
		int a = bytes[0] & 0xff;
		int b = bytes[1] & 0xff;
		if (a == 0) {
			return "unspecified";
		}
		if (a == 127) {
			return "loopback";
		}
		if (a == 10 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168)) {
			return "private";
		}
		if (a == 100 && b >= 64 && b <= 127) {
			return "private (carrier-grade NAT)";
		}
		if (a == 169 && b == 254) {
			return "link-local";
		}
		if (a >= 224 && a <= 239) {
			return "multicast";
		}
		if (a >= 240) {
			return "reserved";
		}
		if ((a == 192 && b == 0 && (bytes[2] & 0xff) == 0) || (a == 198 && (b == 18 || b == 19))) {
			return "reserved";
		}
		return null;
	}

	private static String ipv6(byte[] bytes) {
		int first = bytes[0] & 0xff;
		int second = bytes[1] & 0xff;
		if (zeros(bytes, 0, 15)) {
			return ((bytes[15] & 0xff) == 0) ? "unspecified" : ((bytes[15] == 1) ? "loopback" : "reserved");
		}
		if (first == 0xff) {
			return "multicast";
		}
		if (first == 0xfe && (second & 0xc0) == 0x80) {
			return "link-local";
		}
		if (first == 0xfe && (second & 0xc0) == 0xc0) {
			return "private (site-local)";
		}
		if ((first & 0xfe) == 0xfc) {
			return "private";
		}
		byte[] carried = carriedIpv4(bytes);
		return (carried != null) ? ipv4(carried) : null;
	}

	/**
	 * The IPv4 address inside an IPv4-mapped ({@code ::ffff:0:0/96}), IPv4-compatible
	 * ({@code ::/96}), NAT64 ({@code 64:ff9b::/96}) or 6to4 ({@code 2002::/16}) address.
	 */
	private static byte[] carriedIpv4(byte[] bytes) {
		boolean mapped = zeros(bytes, 0, 10) && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
		boolean compatible = zeros(bytes, 0, 12);
		boolean nat64 = (bytes[0] & 0xff) == 0x00 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff
				&& (bytes[3] & 0xff) == 0x9b && zeros(bytes, 4, 12);
		if (mapped || compatible || nat64) {
			return Arrays.copyOfRange(bytes, 12, 16);
		}
		if ((bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x02) {
			return Arrays.copyOfRange(bytes, 2, 6);
		}
		return null;
	}

	private static boolean zeros(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

}
