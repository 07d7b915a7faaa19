package io.tributary;

public final class Tributary {
    public static void main(String[] args) {
    }
}
