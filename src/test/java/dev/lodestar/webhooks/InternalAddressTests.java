package dev.lodestar.webhooks;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InternalAddressTests {

	@Test
	void addressesInsideAHostOrItsNetworkAreInternal() throws Exception {
		assertKind("loopback", "127.0.0.1", "127.255.255.254", "::1", "::ffff:127.0.0.1", "2130706433", "127.1",
				"::127.0.0.1", "64:ff9b::127.0.0.1", "2002:7f00:1::");
		assertKind("link-local", "169.254.169.254", "169.254.0.1", "fe80::1", "febf:ffff::1", "::ffff:169.254.169.254",
				"64:ff9b::a9fe:a9fe", "2002:a9fe:a9fe::1");
		assertKind("private", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.255", "192.168.0.1",
				"192.168.255.255", "fc00::1", "fd12:3456:789a::1", "::ffff:10.1.2.3", "::ffff:192.168.1.1",
				"2002:c0a8:101::");
		assertKind("private (carrier-grade NAT)", "100.64.0.1", "100.127.255.255", "::ffff:100.100.100.200");
		assertKind("private (site-local)", "fec0::1");
		assertKind("multicast", "224.0.0.1", "239.255.255.250", "ff02::1", "ff05::1:3", "::ffff:224.0.0.251");
		assertKind("unspecified", "0.0.0.0", "0.1.2.3", "::", "::ffff:0.0.0.0");
		assertKind("reserved", "240.0.0.1", "255.255.255.255", "192.0.0.8", "198.18.0.1", "198.19.255.255");
	}

	@Test
	void addressesOnTheInternetAreNot() throws Exception {
		for (String literal : List.of("1.1.1.1", "8.8.8.8", "9.255.255.255", "11.0.0.0", "172.15.255.255", "172.32.0.0",
				"192.167.255.255", "192.169.0.0", "100.63.255.255", "100.128.0.0", "169.253.255.255", "169.255.0.0",
				"126.255.255.255", "128.0.0.0", "223.255.255.255", "198.17.255.255", "198.20.0.0", "192.0.1.1",
				"93.184.216.34", "2606:4700:4700::1111", "2001:4860:4860::8888", "2a00:1450::1", "fbff::1", "fe00::1",
				"::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1")) {
			assertThat(InternalAddress.kindOf(InetAddress.getByName(literal))).as(literal).isEmpty();
		}
	}

	@Test
	void anIpv4MappedAddressKeptAsIpv6IsJudgedByItsIpv4Address() throws Exception {
		byte[] mapped = new byte[16];
		mapped[10] = (byte) 0xff;
		mapped[11] = (byte) 0xff;
		mapped[12] = (byte) 169;
		mapped[13] = (byte) 254;
		mapped[14] = (byte) 169;
		mapped[15] = (byte) 254;
		InetAddress address = Inet6Address.getByAddress(null, mapped, -1);
		assertThat(InternalAddress.kindOf(address)).contains("link-local");
		mapped[12] = 8;
		mapped[13] = 8;
		mapped[14] = 8;
		mapped[15] = 8;
		assertThat(InternalAddress.kindOf(Inet6Address.getByAddress(null, mapped, -1))).isEmpty();
	}

	private static void assertKind(String kind, String... literals) throws Exception {
		for (String literal : literals) {
			assertThat(InternalAddress.kindOf(InetAddress.getByName(literal))).as(literal).contains(kind);
		}
	}

}
