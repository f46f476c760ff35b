package dev.lodestar.webhooks;

import java.io.Serializable;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.function.SingletonSupplier;

import dev.lodestar.jobs.Jobs;

/**
 * The background job that makes one attempt at a delivery. Each attempt is a job of its
 * own ({@code webhooks-delivery}, one instance per delivery and attempt number),
 * scheduled by the attempt before it; a job whose delivery is gone (its webhook was
 * removed) or settled does nothing. Settings: {@code lodestar.webhooks.timeout},
 * {@code lodestar.webhooks.retry-delay}, {@code lodestar.webhooks.max-attempts},
 * {@code lodestar.webhooks.allow-private-addresses}.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryJob {

	static final TaskDescriptor<Attempt> TASK = TaskDescriptor.of("webhooks-delivery", Attempt.class);

	/** The job for attempt {@code number} of a delivery. */
	static TaskInstance<Attempt> attempt(DeliveryId delivery, int number) {
		return TASK.instance(delivery + "-" + number).data(new Attempt(delivery.value())).build();
	}

	@Bean
	OneTimeTask<Attempt> webhookDeliveryTask(Courier courier) {
		return Tasks.oneTime(TASK)
			.execute((instance, context) -> courier.deliver(new DeliveryId(instance.getData().deliveryId())));
	}

	@Bean
	Courier webhookCourier(DeliveryStore deliveries, WebhookStore webhooks, Jobs jobs,
			PlatformTransactionManager transactions, Clock clock,
			@Value("${lodestar.webhooks.timeout:10s}") Duration timeout,
			@Value("${lodestar.webhooks.retry-delay:30s}") Duration retryDelay,
			@Value("${lodestar.webhooks.max-attempts:8}") int maxAttempts, ReceiverAddresses addresses) {
		// Built on the first delivery: an HTTP client sets up TLS, which start-up need
		// not wait for. HTTP/1.1 only: receivers behind plain http get no offer to
		// upgrade
		// to h2c, which some of them answer badly
		Supplier<HttpClient> http = SingletonSupplier.of(() -> HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build());
		return new Courier(deliveries, webhooks, jobs, transactions, clock, http, timeout,
				new Delivery.RetryPolicy(maxAttempts, retryDelay), addresses);
	}

	/** What a delivery job carries: the delivery to attempt. */
	record Attempt(UUID deliveryId) implements Serializable {
	}

}
