/**
 * The floor the skeleton benchmark is compared with: a bare Express app calling a bare grpc-js server
 * that answers GetCustomer with a constant, each in its own process like the real gateway and service.
 * No database, no middleware, no validation. Usage: echo-baseline.ts grpc|http <port> [grpcAddress]
 */
import * as grpc from '@grpc/grpc-js';
import express from 'express';
import { customersV1 } from '@crm/proto';

const [mode, portArg, grpcAddress] = process.argv.slice(2);
const port = Number(portArg ?? 0);
const { CustomersService } = customersV1();
const customer = {
  id: '00000000-0000-4000-8000-000000000000',
  branchId: 'main',
  kind: 'CUSTOMER_KIND_COMPANY',
  name: '基准客户',
};

if (mode === 'grpc') {
  const server = new grpc.Server();
  server.addService(CustomersService.definition, {
    GetCustomer: (_call: unknown, cb: grpc.sendUnaryData<unknown>) => cb(null, { customer }),
  });
  server.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(), (err, bound) => {
    if (err) throw err;
    console.log(`ready ${bound}`);
  });
} else if (mode === 'http') {
  const client = new CustomersService.Client(grpcAddress ?? '', grpc.credentials.createInsecure());
  const app = express();
  app.get('/echo/:id', (req, res) => {
    client.getCustomer({ id: req.params.id }, (err, reply) =>
      err ? res.status(502).end() : res.json(reply?.customer),
    );
  });
  const server = app.listen(port, '127.0.0.1', () => {
    const address = server.address();
    console.log(`ready ${typeof address === 'object' && address ? address.port : port}`);
  });
} else {
  console.error('usage: echo-baseline.ts grpc|http <port> [grpcAddress]');
  process.exit(2);
}
