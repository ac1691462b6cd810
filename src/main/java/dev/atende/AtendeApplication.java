package dev.atende;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AtendeApplication {

    public static void main(String[] args) {
        SpringApplication.run(AtendeApplication.class, args);
    }
}
