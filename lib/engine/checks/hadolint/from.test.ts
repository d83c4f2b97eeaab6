// Cases ported from hadolint DL3006Spec, DL3007Spec, DL3024Spec and DL3061Spec.
import { describe, expect, it } from 'vitest';
import { findings, linesOf } from './test-helpers';

describe('DL3006 Always tag the version of an image explicitly', () => {
  it('reports untagged images', () => {
    expect(linesOf('DL3006', 'FROM debian')).toEqual([1]);
    expect(linesOf('DL3006', 'FROM debian AS builder')).toEqual([1]);
    expect(linesOf('DL3006', 'FROM localhost:5000/app')).toEqual([1]);
  });
  it('accepts digests, tags, variables and scratch', () => {
    expect(linesOf('DL3006', 'FROM ruby@sha256:f1dbca0f5dbc9')).toEqual([]);
    expect(linesOf('DL3006', 'FROM ruby:2')).toEqual([]);
    expect(linesOf('DL3006', 'ARG VALUE=debian:12', 'FROM ${VALUE}')).toEqual([]);
    expect(linesOf('DL3006', 'FROM scratch')).toEqual([]);
  });
  it('accepts earlier stage names, not other untagged images', () => {
    expect(linesOf('DL3006', 'FROM golang:1.9.3-alpine3.7 AS build', 'RUN foo', 'FROM build as unit-test', 'RUN bar', 'FROM alpine:3.7', 'RUN baz')).toEqual([]);
    expect(linesOf('DL3006', 'FROM golang:1.9.3-alpine3.7 AS build', 'RUN foo', 'FROM node as unit-test', 'RUN bar', 'FROM alpine:3.7', 'RUN baz')).toEqual([3]);
  });
  it('marks the image', () => {
    const [d] = findings('DL3006', 'FROM debian AS builder');
    expect(d).toMatchObject({ severity: 'warning', column: 6, endColumn: 12 });
  });
});

describe('DL3007 Using latest', () => {
  it('reports :latest', () => {
    expect(linesOf('DL3007', 'FROM debian:latest')).toEqual([1]);
    expect(linesOf('DL3007', 'FROM debian:latest AS builder')).toEqual([1]);
  });
  it('accepts other tags and digests', () => {
    expect(linesOf('DL3007', 'FROM debian:jessie')).toEqual([]);
    expect(linesOf('DL3007', 'FROM hub.docker.io/debian@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb')).toEqual([]);
    expect(linesOf('DL3007', 'FROM debian:jessie AS builder')).toEqual([]);
  });
});

describe('DL3024 FROM aliases must be unique', () => {
  it('reports the second use of a name', () => {
    expect(linesOf('DL3024', 'FROM node:20 as foo', 'RUN something', 'FROM scratch as foo', 'RUN something')).toEqual([3]);
  });
  it('accepts unique names', () => {
    expect(linesOf('DL3024', 'FROM scratch as build', 'RUN foo', 'FROM node:20 as run', 'RUN baz')).toEqual([]);
  });
});

describe('DL3061 Dockerfile must begin with FROM, ARG or comment', () => {
  it('reports instructions before the first FROM', () => {
    expect(linesOf('DL3061', 'LABEL foo=bar', 'FROM foo:1')).toEqual([1]);
  });
  it('accepts FROM first, ARG before FROM, and directives', () => {
    expect(linesOf('DL3061', 'FROM foo:1', 'LABEL foo=bar')).toEqual([]);
    expect(linesOf('DL3061', 'ARG A=B', 'FROM foo:1', 'LABEL foo=bar')).toEqual([]);
    expect(linesOf('DL3061', '# syntax = docker/dockerfile:1.0-experimental', 'FROM node:16-alpine3.13')).toEqual([]);
    expect(linesOf('DL3061', 'FROM foo:1', 'ARG A=B', 'RUN echo bla')).toEqual([]);
  });
  it('is an error', () => {
    expect(findings('DL3061', 'LABEL foo=bar', 'FROM foo:1')[0].severity).toBe('error');
  });
});
